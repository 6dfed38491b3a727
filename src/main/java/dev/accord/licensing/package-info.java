/**
 * Subscriptions, license keys and the computers activated with them: operator provisioning,
 * registering a key to a business account, additional keys (dynamic or reserved), License
 * Administrators of specific keys, and the device API (activate, check in, deactivate) whose seat
 * accounting holds under any concurrency.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "business", "account", "platform", "shared" })
package dev.accord.licensing;
