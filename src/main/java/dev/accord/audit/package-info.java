/**
 * The audit log of each business account: who changed what, which object, before and after, when
 * and from which address. Other modules publish {@link dev.accord.shared.BusinessAccountChanged}
 * inside their transactions; {@link dev.accord.audit.AuditRecorder} writes the entry in that same
 * transaction, so a change and its entry exist together or not at all. No module calls into this
 * one. Account Administrators read the log on the Activity page, in the API and as CSV; a
 * retention setting removes old entries.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "business", "account", "platform", "shared" })
package dev.accord.audit;
