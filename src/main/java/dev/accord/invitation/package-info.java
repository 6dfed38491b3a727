/**
 * Invitations to join a business account: Account Administrators invite people by email in a
 * chosen language; the link (a 256-bit token, kept only as SHA-256) lets the invited person join
 * once, with an existing personal account or a new one. Also the Business Account Users page,
 * which lists members and pending invitations.
 *
 * <p>The module owns its tables and reads no other module's: inviters' names and company names
 * come from the {@code account} and {@code business} APIs, a page of invitations asking for all of
 * them at once. It publishes {@link dev.accord.invitation.InvitationSent},
 * {@link dev.accord.invitation.InvitationResent}, {@link dev.accord.invitation.InvitationLinkRequested},
 * {@link dev.accord.invitation.InvitationRevoked} and {@link dev.accord.invitation.InvitationAccepted}
 * inside the transaction of the change; joining itself is recorded by {@code business} (the
 * membership) and {@code licensing} (the keys an invitation grants). Its API is
 * {@link dev.accord.invitation.InvitationService}, {@link dev.accord.invitation.InvitationQueries} and
 * {@link dev.accord.invitation.JoinService}, with their view records and exceptions.
 *
 * <p>A person deleting their account ({@link dev.accord.account.AccountDeleted}) takes the open
 * invitations addressed to them along (revoked by the system); those they sent stay.
 *
 * <p>Tables: {@code invitation}, {@code invitation_send}, {@code invitation_license_key}, {@code invitation_replaced_link}.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "business", "domain", "licensing", "account", "mail", "platform", "shared" })
package dev.accord.invitation;
