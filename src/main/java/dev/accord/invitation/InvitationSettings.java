package dev.accord.invitation;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param dailyLimit invitation emails one business account may send in 24 hours
 * @param maxPerRequest addresses one request may hold
 * @param defaultExpiryDays validity of a link unless the inviter chooses (1 to
 * {@value #MAX_EXPIRY_DAYS} days)
 * @param inviteeResendInterval how often the invited person may have their link sent again by
 * asking to join (an account whose email is not verified); such resends do not count against
 * the daily limit
 */
@ConfigurationProperties("accord.invitations")
public record InvitationSettings(@DefaultValue("1000") int dailyLimit, @DefaultValue("500") int maxPerRequest,
		@DefaultValue("7") int defaultExpiryDays, @DefaultValue("10m") Duration inviteeResendInterval) {

	/** The longest validity, in days, an inviter may choose for a link (the shortest is one day). */
	public static final int MAX_EXPIRY_DAYS = 30;

	/** Whether an inviter may choose this validity for a link, in days. */
	public static boolean isChoosableExpiry(int days) {
		return days >= 1 && days <= MAX_EXPIRY_DAYS;
	}

}
