/**
 * Verified domains: Account Administrators claim a domain, publish the DNS TXT record
 * {@code accord-verification=<token>} at it, and Accord checks it on demand and on a schedule
 * (dnsjava, resolver set by {@code accord.domains.dns.servers}). A domain is verified by at most one
 * business account, which the database enforces. Other modules ask
 * {@link dev.accord.domain.VerifiedDomains} who verified a domain or an email's domain.
 *
 * <p>Publishes, inside the transaction of the change: {@link dev.accord.domain.DomainAdded},
 * {@link dev.accord.domain.DomainVerified}, {@link dev.accord.domain.DomainVerificationLost} and
 * {@link dev.accord.domain.DomainRemoved}.
 *
 * <p>Tables: {@code verified_domain}, {@code domain_settings}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "business", "account", "platform", "shared" })
package dev.accord.domain;
