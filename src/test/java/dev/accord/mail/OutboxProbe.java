package dev.accord.mail;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What the outbox holds, and what an SMTP server received, as the fault tests ask about it. */
final class OutboxProbe {

	private final JdbcClient jdbc;

	OutboxProbe(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Whether every one of these recipients' messages failed at least {@code attempts} times and waits. */
	boolean failedAtLeast(List<String> recipients, int attempts) {
		return this.jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE recipient IN (:to) AND attempts >= :n AND sent_at IS NULL")
			.param("to", recipients)
			.param("n", attempts)
			.query(Long.class)
			.single() == recipients.size();
	}

	/** Sent messages to addresses ending in {@code suffix}. */
	long sent(String suffix) {
		return this.jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE sent_at IS NOT NULL AND recipient LIKE ?")
			.param("%" + suffix)
			.query(Long.class)
			.single();
	}

	/** Unsent messages to addresses ending in {@code suffix} that are not under one of these claims. */
	long pendingOutside(String suffix, Set<UUID> claims) {
		return this.jdbc.sql("SELECT claimed_by FROM mail_outbox WHERE sent_at IS NULL AND recipient LIKE ?")
			.param("%" + suffix)
			.query(UUID.class)
			.list()
			.stream()
			.filter((token) -> token == null || !claims.contains(token))
			.count();
	}

	/** How many copies of each outbox message arrived, by its {@code X-Accord-Message} header. */
	static Map<String, Integer> copiesByMessage(MimeMessage[] received) throws Exception {
		Map<String, Integer> copies = new HashMap<>();
		for (MimeMessage message : received) {
			copies.merge(message.getHeader("X-Accord-Message")[0], 1, Integer::sum);
		}
		return copies;
	}

}
