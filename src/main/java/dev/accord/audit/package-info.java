/**
 * The audit log of each business account: who changed what, which object, before and after, when
 * and from which address. Other modules publish their own past-tense events (e.g.
 * {@link dev.accord.business.CompanyInfoChanged}) inside their transactions; this module's listeners
 * turn each into an entry in that same transaction, so a change and its entry exist together or not
 * at all. No module calls into this one. Account Administrators read the log on the Activity page, in the API and as CSV; a
 * retention setting removes old entries.
 *
 * <p>For "Download my data" it gives the entries by or about a person in every account
 * ({@link dev.accord.account.PersonalData}).
 *
 * <p>Owns the log; publishes no events. It reads people's names through
 * {@link dev.accord.account.AccountService}, never from account's tables.
 *
 * <p>Tables: {@code audit_event}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "business", "domain", "invitation", "licensing", "scim", "account", "platform", "shared" })
package dev.accord.audit;
