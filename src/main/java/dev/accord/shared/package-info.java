/**
 * Value types shared by every module: {@link dev.accord.shared.Actor}, {@link dev.accord.shared.Language}
 * and {@link dev.accord.shared.EmailAddress}. Holds no behaviour that belongs to a capability.
 *
 * <p>Also here for now, though they are technical helpers rather than value types: {@code Cursors}
 * (with {@code MalformedCursorException}), {@code Timestamps}, {@code SecureTokens} and {@code Csv},
 * each used by account, business, audit or mail and by licensing or invitation; and
 * {@code BusinessAccountChanged} with its {@code AuditAction}, until licensing and invitation publish
 * their own events. They move to {@code platform} once those modules are converted, in one step,
 * so that no module imports them from two places.
 *
 * <p>Owns no data and publishes no events.
 *
 * <p>Tables: none.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package dev.accord.shared;
