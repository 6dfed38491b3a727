package dev.accord.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dev.accord.mail.Mail;
import dev.accord.mail.MailService;
import dev.accord.platform.AccordProperties;
import dev.accord.platform.NotFoundException;
import dev.accord.platform.SecureTokens;
import dev.accord.platform.Timestamps;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The browsers a person signed in from, known by the device cookie ({@link DeviceCookie}). A sign-in
 * from a browser not known for that person emails them, unless it is the first browser they ever
 * use (their sign-up); a browser that passed two-step verification may be trusted for
 * {@value #TRUST_DAYS} days, and then the second step is skipped there. People list their browsers
 * and remove them: a removed browser is new again.
 */
@Service
public class TrustedDevices {

	/** How long "Verify this device" trusts a browser. */
	public static final int TRUST_DAYS = 30;

	private static final Duration TRUST = Duration.ofDays(TRUST_DAYS);

	private static final ZoneId UTC = ZoneId.of("UTC");

	private final JdbcClient jdbc;

	private final DeviceCookie cookie;

	private final AccountService accounts;

	private final MailService mail;

	private final AccordProperties properties;

	private final Clock clock;

	private final UserAgents userAgents;

	TrustedDevices(JdbcClient jdbc, DeviceCookie cookie, AccountService accounts, MailService mail,
			AccordProperties properties, Clock clock, UserAgents userAgents) {
		this.userAgents = userAgents;
		this.jdbc = jdbc;
		this.cookie = cookie;
		this.accounts = accounts;
		this.mail = mail;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Records a sign-in of this person from this browser: a known browser is seen again; an unknown
	 * one (no cookie, a forged one, or one known only for someone else) is added, gets a cookie if it
	 * has none, and the person is emailed unless it is their first browser.
	 */
	@Transactional
	public void signedIn(UUID userId, HttpServletRequest request, HttpServletResponse response) {
		record(userId, request, response);
	}

	/** Whether this browser is trusted for this person now: the second step may be skipped. */
	@Transactional(readOnly = true)
	public boolean trusted(UUID userId, HttpServletRequest request) {
		Instant now = this.clock.instant();
		return this.cookie.read(request)
			.map((id) -> this.jdbc.sql("""
					SELECT COUNT(*) FROM known_browser
					WHERE user_id = ? AND device_hash = ? AND trusted_until > ?""")
				.params(userId, SecureTokens.sha256(id), Timestamps.toDb(now))
				.query(Long.class)
				.single() > 0)
			.orElse(false);
	}

	/**
	 * "Verify this device": trusts this browser for this person for {@value #TRUST_DAYS} days from now.
	 * Call it once the second step has passed; the browser is recorded first if it was not yet.
	 */
	@Transactional
	public void trust(UUID userId, HttpServletRequest request, HttpServletResponse response) {
		String id = record(userId, request, response);
		this.jdbc.sql("UPDATE known_browser SET trusted_until = ? WHERE user_id = ? AND device_hash = ?")
			.params(Timestamps.toDb(this.clock.instant().plus(TRUST)), userId, SecureTokens.sha256(id))
			.update();
	}

	/** The person's browsers, the most recently seen first; {@code current} marks this request's one. */
	@Transactional(readOnly = true)
	public List<DeviceView> list(UUID userId, HttpServletRequest request) {
		String current = this.cookie.read(request).map(SecureTokens::sha256).orElse("");
		Instant now = this.clock.instant();
		return this.jdbc.sql("""
				SELECT id, device_hash, user_agent, last_address, first_seen_at, last_seen_at, trusted_until
				FROM known_browser WHERE user_id = ? ORDER BY last_seen_at DESC, id""")
			.param(userId)
			.query((rs, n) -> {
				Instant until = Timestamps.fromDb(rs, "trusted_until");
				UserAgents.Parsed ua = this.userAgents.parse(rs.getString("user_agent"));
				return new DeviceView(rs.getObject("id", UUID.class), ua.browser(), ua.os(),
						rs.getString("last_address"), Timestamps.fromDb(rs, "first_seen_at"),
						Timestamps.fromDb(rs, "last_seen_at"), (until != null && until.isAfter(now)) ? until : null,
						current.equals(rs.getString("device_hash")));
			})
			.list();
	}

	/** Removes one of the person's browsers; someone else's or an unknown id is {@link NotFoundException}. */
	@Transactional
	public void remove(UUID userId, UUID deviceId) {
		if (this.jdbc.sql("DELETE FROM known_browser WHERE id = ? AND user_id = ?").params(deviceId, userId).update() == 0) {
			throw new NotFoundException();
		}
	}

	/** Removes all of the person's browsers; returns how many. */
	@Transactional
	public int removeAll(UUID userId) {
		return this.jdbc.sql("DELETE FROM known_browser WHERE user_id = ?").param(userId).update();
	}

	private boolean seen(UUID userId, String hash, String userAgent, String address, Instant now) {
		return this.jdbc.sql("""
				UPDATE known_browser SET last_seen_at = ?, user_agent = COALESCE(?, user_agent),
				last_address = COALESCE(?, last_address)
				WHERE user_id = ? AND device_hash = ?""")
			.params(Timestamps.toDb(now), userAgent, address, userId, hash)
			.update() > 0;
	}

	/** Sees or adds this browser for this person (see {@link #signedIn}); returns its device id. */
	private String record(UUID userId, HttpServletRequest request, HttpServletResponse response) {
		Instant now = this.clock.instant();
		String userAgent = userAgent(request);
		String address = request.getRemoteAddr();
		Optional<String> deviceId = this.cookie.read(request);
		if (deviceId.isPresent() && seen(userId, SecureTokens.sha256(deviceId.get()), userAgent, address, now)) {
			return deviceId.get();
		}
		String id = deviceId.orElseGet(() -> this.cookie.issue(request, response));
		boolean first = this.jdbc.sql("SELECT COUNT(*) FROM known_browser WHERE user_id = ?")
			.param(userId)
			.query(Long.class)
			.single() == 0;
		// A simultaneous sign-in from the same new browser added it first: that one mails.
		int added = this.jdbc.sql("""
				INSERT INTO known_browser (id, user_id, device_hash, user_agent, last_address, first_seen_at, last_seen_at)
				VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
			.params(UUID.randomUUID(), userId, SecureTokens.sha256(id), userAgent, address, Timestamps.toDb(now),
					Timestamps.toDb(now))
			.update();
		if (added == 1 && !first) {
			mailNewSignIn(userId, userAgent, address, now);
		}
		return id;
	}

	private void mailNewSignIn(UUID userId, String userAgent, String address, Instant at) {
		AccountView person = this.accounts.get(userId);
		Locale locale = person.language().locale();
		ZoneId zone = this.accounts.timeZone(userId).orElse(UTC);
		String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
			.withLocale(locale)
			.withZone(zone)
			.format(at) + " (" + zone.getId() + ")";
		UserAgents.Parsed ua = this.userAgents.parse(userAgent);
		String browser = Optional.ofNullable(ua.browser()).orElse("?");
		String system = Optional.ofNullable(ua.os()).orElse("?");
		this.mail.enqueue(new Mail(person.email(), locale, "new-sign-in", new Object[] { this.properties.brand().name() },
				Map.of("name", person.displayName(), "browser", browser, "system", system, "address",
						(address != null) ? address : "?", "when", when, "link", this.properties.link("/security")),
				Set.of()));
	}

	private static String userAgent(HttpServletRequest request) {
		return UserAgents.cut(request.getHeader(HttpHeaders.USER_AGENT));
	}

	/**
	 * One of a person's browsers.
	 *
	 * @param browser the browser's name, or null when the user agent names none we know
	 * @param system the operating system's name, or null likewise
	 * @param trustedUntil until when the second step is skipped in it, or null when it is not trusted
	 * @param current whether it is the browser of this request
	 */
	public record DeviceView(UUID id, String browser, String system, String lastAddress, Instant firstSeenAt,
			Instant lastSeenAt, Instant trustedUntil, boolean current) {
	}

}
