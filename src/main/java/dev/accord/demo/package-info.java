/**
 * Demo data: with {@code accord.demo=true}, an empty database is filled with a business account,
 * members of each role, a subscription, keys and computers, and the log says how to sign in.
 *
 * <p>Owns no data of its own: it writes only through the other modules' services, and publishes no events.
 *
 * <p>Tables: none.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "account", "business", "licensing", "platform", "shared" })
package dev.accord.demo;
