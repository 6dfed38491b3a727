/**
 * Value types shared by every module: languages, email addresses, secure tokens and time helpers.
 * Holds no behaviour that belongs to a capability.
 *
 * <p>Owns no data and publishes no events.
 *
 * <p>Tables: none.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package dev.accord.shared;
