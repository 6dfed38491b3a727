/**
 * Business accounts and the memberships of people in them: company information, the creator as
 * first Account Administrator, roles, leaving, and the business-scoped access check that every
 * business read and write goes through ({@link dev.accord.business.BusinessAccess}), which also
 * enforces a business account's "Require two-step verification".
 *
 * <p>Memberships live with business accounts: every business screen needs both, and a separate
 * module would depend on this one while this one depends on it for access checks.
 *
 * <p>Publishes, inside the transaction of the change: {@link dev.accord.business.CompanyInfoChanged},
 * {@link dev.accord.business.MemberJoined}, {@link dev.accord.business.MemberRoleChanged},
 * {@link dev.accord.business.MemberNotesChanged}, {@link dev.accord.business.MemberBlocked},
 * {@link dev.accord.business.MemberUnblocked}, {@link dev.accord.business.MemberRemoved},
 * {@link dev.accord.business.MemberLeft}, {@link dev.accord.business.MemberRightsEnded} and
 * {@link dev.accord.business.TwoStepRequirementSwitched}. A
 * membership keeps a copy of the member's email and name for the member list, kept current on
 * {@link dev.accord.account.ProfileChanged} and {@link dev.accord.account.EmailChanged}. A person deleting their account
 * ({@link dev.accord.account.AccountDeleted}) leaves every business account, refused while they are
 * the last active Account Administrator of one; "Download my data" gets the person's memberships
 * ({@link dev.accord.account.PersonalData}).
 *
 * <p>Tables: {@code business_account}, {@code membership}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "account", "platform", "mail", "shared" })
package dev.accord.business;
