/**
 * Value types shared by every module: {@link dev.accord.shared.Actor}, {@link dev.accord.shared.Language}
 * and {@link dev.accord.shared.EmailAddress}. Holds no behaviour that belongs to a capability.
 *
 * Technical helpers (cursors, timestamps, tokens, CSV) live in {@code platform}; events live in
 * the module that publishes them.
 *
 * <p>Owns no data and publishes no events.
 *
 * <p>Tables: none.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package dev.accord.shared;
