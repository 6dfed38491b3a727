/**
 * SCIM 2.0 provisioning (RFC 7643/7644, ADR 0020): a business account's identity provider (Entra
 * ID, Okta, …) creates, updates, blocks ({@code active: false}) and removes members through
 * {@code /scim/v2}, authenticated by a SCIM token that the account's administrators make on the
 * Provisioning (SCIM) page ({@link dev.accord.scim.ScimTokens}: shown once, stored as SHA-256,
 * revocable). A token acts only on its own business account. The UnboundID SCIM 2 SDK reads and
 * writes the bodies, parses filters and patches and shapes the errors
 * ({@link dev.accord.scim.ScimProvisioning}, {@link dev.accord.scim.ScimBodies}).
 *
 * <p>Memberships change only through the business module's provider operations, with
 * {@link dev.accord.scim.ScimProvisioning#PROVIDER} as actor, so the audit log shows the provider;
 * personal accounts are made by {@link dev.accord.account.AccountService#provision}.
 *
 * <p>Publishes {@link dev.accord.scim.ScimTokenCreated} and {@link dev.accord.scim.ScimTokenRevoked}
 * inside the transaction of the change.
 *
 * <p>Tables: {@code scim_token}, {@code scim_user}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "business", "account", "platform", "shared" })
package dev.accord.scim;
