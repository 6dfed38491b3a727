/**
 * Invitations to join a business account: Account Administrators invite people by email in a
 * chosen language; the link (a 256-bit token, kept only as SHA-256) lets the invited person join
 * once, with an existing personal account or a new one. Also the Business Account Users page,
 * which lists members and pending invitations.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "business", "licensing", "account", "mail", "platform", "shared" })
package dev.accord.invitation;
