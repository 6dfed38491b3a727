/**
 * Subscriptions, license keys and the computers activated with them: operator provisioning,
 * registering a key to a business account, additional keys (dynamic or reserved), License
 * Administrators of specific keys, and the device API (activate, check in, deactivate) whose seat
 * accounting holds under any concurrency.
 *
 * <p>The module owns its data and nothing else's: {@code Subscription} (with its keys and their
 * seats), {@code LicenseKey} and {@code Activation} are its aggregates, stored by package-private
 * repositories ({@code Subscriptions}, {@code LicenseKeys}, {@code Activations},
 * {@code DeviceBlacklist}, {@code KeyAdministrators}; ADR 0008). People, memberships and business
 * accounts it asks of {@code account} and {@code business}, never of their tables. Its API is this
 * package: the use cases ({@link dev.accord.licensing.LicensingService} for the queries,
 * {@link dev.accord.licensing.SubscriptionSettings}, {@link dev.accord.licensing.AdditionalKeys},
 * {@link dev.accord.licensing.LicenseAdministrators}, {@link dev.accord.licensing.ComputerService},
 * {@link dev.accord.licensing.ComputerActions}, {@link dev.accord.licensing.DeviceService},
 * {@link dev.accord.licensing.ProvisioningService}), their view records, and the past-tense events
 * it publishes inside the transaction of each change ({@code SubscriptionProvisioned},
 * {@code KeyRegistered}, {@code SubscriptionRenamed}, {@code SubscriptionAutoRenewSwitched},
 * {@code KeyCreated}, {@code KeyRenamed}, {@code KeyResized}, {@code KeyDeleted},
 * {@code ComputerActivated}, {@code ComputerDeactivated}, {@code ComputerBlacklisted},
 * {@code ComputerUnblacklisted}, {@code ComputerMoved}, {@code ComputerEdited},
 * {@code LicenseAdministratorGranted}, {@code LicenseAdministratorRemoved}), which {@code audit}
 * turns into entries.
 *
 * <p>Tables: {@code subscription}, {@code license_key}, {@code activation}, {@code device_blacklist}, {@code license_administrator}.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "business", "account", "platform", "shared" })
package dev.accord.licensing;
