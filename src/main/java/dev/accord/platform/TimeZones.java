package dev.accord.platform;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The time zone times are shown in: the signed-in person's, placed in the session at sign-in and on
 * a profile change (so formatting a time reads no database), else UTC.
 */
public final class TimeZones {

	/** The zone used when a person has chosen none, or nobody is signed in. */
	public static final ZoneId DEFAULT = ZoneId.of("UTC");

	static final String SESSION_ATTRIBUTE = TimeZones.class.getName() + ".ZONE";

	private static final List<String> IDS = ZoneId.getAvailableZoneIds().stream().sorted().toList();

	private TimeZones() {
	}

	/** Every zone id a person can choose, sorted. */
	public static List<String> ids() {
		return IDS;
	}

	/** The zone with this id, if it is one; region ids and {@code UTC} only, no bare offsets. */
	public static Optional<ZoneId> parse(String id) {
		if (id == null || !IDS.contains(id)) {
			return Optional.empty();
		}
		try {
			return Optional.of(ZoneId.of(id));
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}

	/** Shows this session's times in the zone from now on. */
	public static void use(ZoneId zone, HttpServletRequest request) {
		request.getSession().setAttribute(SESSION_ATTRIBUTE, zone.getId());
	}

	/** The current request's zone: the session's, else {@link #DEFAULT}. */
	public static ZoneId current() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (attributes != null && attributes.getAttribute(SESSION_ATTRIBUTE,
				RequestAttributes.SCOPE_SESSION) instanceof String id) {
			return parse(id).orElse(DEFAULT);
		}
		return DEFAULT;
	}

}
