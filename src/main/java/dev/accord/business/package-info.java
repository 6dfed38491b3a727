/**
 * Business accounts and the memberships of people in them: company information, the creator as
 * first Account Administrator, roles, leaving, and the business-scoped access check that every
 * business read and write goes through ({@link dev.accord.business.BusinessAccess}).
 *
 * <p>Memberships live with business accounts: every business screen needs both, and a separate
 * module would depend on this one while this one depends on it for access checks.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "account", "platform", "mail", "shared" })
package dev.accord.business;
