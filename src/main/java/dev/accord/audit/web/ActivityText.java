package dev.accord.audit.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.accord.audit.AuditEntry;
import dev.accord.audit.AuditAction;
import dev.accord.platform.Dates;
import dev.accord.platform.TimeZones;
import dev.accord.shared.Language;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Words an audit entry in the viewer's language: one sentence ("Ana Silva changed Bob Lee's role
 * from Regular Member to Account Administrator") and the changed fields, before → after. The
 * sentence's arguments are the actor {0}, the object {1}, and the before {2} and after {3} value
 * of the action's main field.
 */
@Component
public class ActivityText {

	private static final int SHOWN_VALUE_LENGTH = 200;

	private static final Map<AuditAction, String> MAIN_FIELD = new EnumMap<>(AuditAction.class);

	private static final Map<String, String> FIELD_LABELS = Map.ofEntries(Map.entry("companyName", "field.companyName"),
			Map.entry("country", "field.country"), Map.entry("postcode", "field.postcode"),
			Map.entry("phone", "field.phone"), Map.entry("email", "field.email"),
			Map.entry("language", "field.language"), Map.entry("role", "field.role"),
			Map.entry("status", "field.status"), Map.entry("notes", "field.notes"), Map.entry("name", "licensing.keyName"),
			Map.entry("type", "licensing.keyType"), Map.entry("limit", "licensing.limit"),
			Map.entry("expiresAt", "licensing.expires"), Map.entry("product", "licensing.product"),
			Map.entry("seats", "licensing.seats.total"), Map.entry("activationDate", "licensing.activationDate"),
			Map.entry("expirationDate", "licensing.expirationDate"), Map.entry("autoRenew", "licensing.autoRenew"),
			Map.entry("computerName", "computers.column.computerName"),
			Map.entry("ipAddress", "computers.column.ipAddress"), Map.entry("licenseKey", "licensing.key"),
			Map.entry("blacklisted", "computers.status.BLACKLISTED"), Map.entry("deviceId", "audit.field.deviceId"),
			Map.entry("computers", "audit.field.computers"), Map.entry("requireTwoStep", "profile.twoStep.require"), Map.entry("licenseKeys", "audit.field.licenseKeys"),
			Map.entry("domain", "domain.field"), Map.entry("inviteOnlyVerifiedDomains", "domain.inviteOnly"));

	private static final Map<String, String> STATUS_LABELS = Map.of("ACTIVE", "status.ACTIVE", "BLOCKED",
			"status.BLOCKED", "DEACTIVATED", "computers.status.DEACTIVATED", "PENDING", "invitation.status.PENDING",
			"ACCEPTED", "invitation.status.ACCEPTED", "REVOKED", "invitation.status.REVOKED");

	static {
		MAIN_FIELD.put(AuditAction.TWO_STEP_REQUIREMENT_SWITCHED, "requireTwoStep");
		MAIN_FIELD.put(AuditAction.INVITATION_SENT, "language");
		MAIN_FIELD.put(AuditAction.INVITATION_RESENT, "language");
		MAIN_FIELD.put(AuditAction.MEMBER_JOINED, "role");
		MAIN_FIELD.put(AuditAction.MEMBER_ROLE_CHANGED, "role");
		MAIN_FIELD.put(AuditAction.MEMBER_REMOVED, "role");
		MAIN_FIELD.put(AuditAction.MEMBER_LEFT, "role");
		MAIN_FIELD.put(AuditAction.LICENSE_ADMINISTRATOR_GRANTED, "licenseKey");
		MAIN_FIELD.put(AuditAction.LICENSE_ADMINISTRATOR_REMOVED, "licenseKey");
		MAIN_FIELD.put(AuditAction.SUBSCRIPTION_PROVISIONED, "seats");
		MAIN_FIELD.put(AuditAction.KEY_REGISTERED, "product");
		MAIN_FIELD.put(AuditAction.SUBSCRIPTION_RENAMED, "name");
		MAIN_FIELD.put(AuditAction.SUBSCRIPTION_AUTO_RENEW_SWITCHED, "autoRenew");
		MAIN_FIELD.put(AuditAction.KEY_CREATED, "limit");
		MAIN_FIELD.put(AuditAction.KEY_RENAMED, "name");
		MAIN_FIELD.put(AuditAction.KEY_RESIZED, "limit");
		MAIN_FIELD.put(AuditAction.KEY_DELETED, "computers");
		MAIN_FIELD.put(AuditAction.COMPUTER_ACTIVATED, "licenseKey");
		MAIN_FIELD.put(AuditAction.COMPUTER_MOVED, "licenseKey");
		MAIN_FIELD.put(AuditAction.DOMAIN_SETTINGS_CHANGED, "inviteOnlyVerifiedDomains");
	}

	private final MessageSource messages;

	ActivityText(MessageSource messages) {
		this.messages = messages;
	}

	/** The entry as one sentence. */
	public String sentence(AuditEntry entry, Locale locale) {
		String field = MAIN_FIELD.get(entry.action());
		Object[] args = { actor(entry, locale), (entry.objectLabel() != null) ? entry.objectLabel() : entry.objectId(),
				(field != null) ? value(field, entry.before().get(field), locale) : "",
				(field != null) ? value(field, entry.after().get(field), locale) : "" };
		String key = "audit.sentence." + entry.action().name();
		String byActor = this.messages.getMessage(key + "." + entry.actor().type().name(), args, null, locale);
		return (byActor != null) ? byActor : this.messages.getMessage(key, args, locale);
	}

	/** Each changed field: its label, and its value before and after (either may be absent). */
	public List<Detail> details(AuditEntry entry, Locale locale) {
		List<String> fields = new ArrayList<>(entry.before().keySet());
		entry.after().keySet().stream().filter((f) -> !fields.contains(f)).forEach(fields::add);
		List<Detail> details = new ArrayList<>();
		for (String field : fields) {
			String label = this.messages.getMessage(FIELD_LABELS.getOrDefault(field, "audit.field.other"), null, locale);
			details.add(new Detail(label, entry.before().containsKey(field),
					shorten(value(field, entry.before().get(field), locale)), entry.after().containsKey(field),
					shorten(value(field, entry.after().get(field), locale))));
		}
		return details;
	}

	/** The name of the action, for the filter. */
	String action(AuditAction action, Locale locale) {
		return this.messages.getMessage("audit.action." + action.name(), null, locale);
	}

	private String actor(AuditEntry entry, Locale locale) {
		String name = (entry.actorName() != null) ? entry.actorName() : entry.actor().id();
		return switch (entry.actor().type()) {
			case PERSON -> name;
			case OPERATOR -> this.messages.getMessage("audit.actor.operator", new Object[] { name }, locale);
			case DEVICE -> this.messages.getMessage("audit.actor.device", new Object[] { name }, locale);
			case PROVIDER -> this.messages.getMessage("audit.actor.provider", new Object[] { name }, locale);
			case SYSTEM -> this.messages.getMessage("audit.actor.system", null, locale);
		};
	}

	private String value(String field, Object value, Locale locale) {
		if (value == null || "".equals(value)) {
			return this.messages.getMessage("audit.value.empty", null, locale);
		}
		String text = value.toString();
		return switch (field) {
			case "role" -> this.messages.getMessage("role." + text, null, text, locale);
			case "type" -> this.messages.getMessage("licensing.type." + text, null, text, locale);
			case "status" -> this.messages.getMessage(STATUS_LABELS.getOrDefault(text, "audit.field.other"), null, text,
					locale);
			case "autoRenew", "blacklisted", "requireTwoStep", "inviteOnlyVerifiedDomains" -> this.messages.getMessage("audit.value." + text, null, text, locale);
			case "language" -> Language.ofTag(text).map(Language::nativeName).orElse(text);
			case "country" -> new Locale("", text).getDisplayCountry(locale);
			case "expiresAt", "activationDate", "expirationDate" -> when(text, locale);
			default -> text;
		};
	}

	/**
	 * A date or time field's value (ISO 8601, as recorded) as the viewer writes dates, a time in
	 * the viewer's zone.
	 */
	private static String when(String text, Locale locale) {
		try {
			return (text.contains("T")) ? Dates.exact(Instant.parse(text), locale, TimeZones.current())
					: DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(LocalDate.parse(text));
		}
		catch (DateTimeParseException ex) {
			return text;
		}
	}

	private static String shorten(String text) {
		return (text.length() <= SHOWN_VALUE_LENGTH) ? text : text.substring(0, SHOWN_VALUE_LENGTH) + "…";
	}

	/** One changed field as shown on the Activity page. */
	public record Detail(String label, boolean hasBefore, String before, boolean hasAfter, String after) {
	}

}
