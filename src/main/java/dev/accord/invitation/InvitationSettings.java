package dev.accord.invitation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param dailyLimit invitation emails one business account may send in 24 hours
 * @param maxPerRequest addresses one request may hold
 * @param defaultExpiryDays validity of a link unless the inviter chooses (1–30 days)
 */
@ConfigurationProperties("accord.invitations")
public record InvitationSettings(@DefaultValue("1000") int dailyLimit, @DefaultValue("500") int maxPerRequest,
		@DefaultValue("7") int defaultExpiryDays) {
}
