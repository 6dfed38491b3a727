package dev.accord.audit.web;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import dev.accord.audit.AuditEntry;
import dev.accord.shared.Actor;
import dev.accord.audit.AuditAction;
import dev.accord.shared.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import dev.accord.platform.PluralMessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Every action reads as a whole sentence, with its values, in every language. */
class ActivityTextTests {

	private final ActivityText text = new ActivityText(messages());

	@Test
	void aRoleChangeReadsAsTheIssueSaysInEnglish() {
		AuditEntry entry = entry(AuditAction.MEMBER_ROLE_CHANGED, Actor.person(UUID.randomUUID()),
				Map.of("role", "REGULAR_MEMBER"), Map.of("role", "ACCOUNT_ADMINISTRATOR"));

		assertThat(this.text.sentence(entry, Locale.ENGLISH))
			.isEqualTo("Ana Silva changed Bob Lee's role from Regular Member to Account Administrator");
		assertThat(this.text.sentence(entry, Locale.GERMAN)).contains("Ana Silva", "Bob Lee", "Standardmitglied",
				"Kontoadministrator");
		assertThat(this.text.details(entry, Locale.ENGLISH)).singleElement()
			.isEqualTo(new ActivityText.Detail("Role", true, "Regular Member", true, "Account Administrator"));
	}

	@Test
	void aDeviceAndTheSystemAreNamedAsSuch() {
		AuditEntry deactivated = entry(AuditAction.COMPUTER_DEACTIVATED, Actor.device("d-1"),
				Map.of("status", "ACTIVE"), Map.of("status", "DEACTIVATED"));
		AuditEntry provisioned = entry(AuditAction.SUBSCRIPTION_PROVISIONED, Actor.system(), Map.of(),
				Map.of("seats", 10));

		assertThat(this.text.sentence(deactivated, Locale.ENGLISH)).isEqualTo("The computer Bob Lee deactivated itself");
		assertThat(this.text.sentence(provisioned, Locale.ENGLISH))
			.isEqualTo("The system provisioned the subscription Bob Lee with 10 seats");
	}

	@Test
	void countsInSentencesArePluralisedInTheViewersLanguage() {
		AuditEntry one = entry(AuditAction.KEY_DELETED, Actor.person(UUID.randomUUID()), Map.of("computers", 1),
				Map.of());
		AuditEntry many = entry(AuditAction.KEY_DELETED, Actor.person(UUID.randomUUID()), Map.of("computers", 5),
				Map.of());
		AuditEntry created = entry(AuditAction.KEY_CREATED, Actor.person(UUID.randomUUID()), Map.of(),
				Map.of("limit", 1));

		assertThat(this.text.sentence(one, Locale.ENGLISH))
			.isEqualTo("Ana Silva deleted the license key Bob Lee and deactivated its 1 computer");
		assertThat(this.text.sentence(many, Locale.ENGLISH)).endsWith("its 5 computers");
		assertThat(this.text.sentence(created, Locale.ENGLISH)).endsWith("with 1 license");
		assertThat(this.text.sentence(many, Locale.forLanguageTag("ru"))).endsWith("5 активированных с ним компьютеров");
		assertThat(this.text.sentence(one, Locale.forLanguageTag("ru"))).endsWith("1 активированный с ним компьютер");
	}

	@ParameterizedTest
	@EnumSource(Language.class)
	void everyActionIsWordedInEveryLanguage(Language language) {
		for (AuditAction action : AuditAction.values()) {
			Map<String, Object> values = new LinkedHashMap<>();
			values.put("role", "REGULAR_MEMBER");
			values.put("name", "Old name");
			values.put("limit", 3);
			values.put("licenseKey", "Berlin");
			values.put("autoRenew", false);
			values.put("language", "de");
			values.put("seats", 5);
			values.put("product", "Accord Desktop");
			values.put("computers", 2);
			values.put("status", "ACTIVE");
			for (Actor actor : new Actor[] { Actor.person(UUID.randomUUID()), Actor.device("d-1"), Actor.system() }) {
				String sentence = this.text.sentence(entry(action, actor, values, values), language.locale());
				assertThat(sentence).as(language + " " + action)
					.doesNotContain("{", "}", "audit.", "null")
					.containsAnyOf("Bob Lee", "Old name");
			}
			this.text.details(entry(action, Actor.system(), values, values), language.locale())
				.forEach((d) -> assertThat(d.label()).as(language + " " + action).doesNotContain("audit.", "."));
		}
	}

	private static AuditEntry entry(AuditAction action, Actor actor, Map<String, Object> before,
			Map<String, Object> after) {
		return new AuditEntry(1, Instant.parse("2026-11-27T10:00:00Z"), actor, "Ana Silva", action, action.objectType(),
				"id", "Bob Lee", null, before, after, "127.0.0.1");
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new PluralMessageSource();
		messages.setBasenames("i18n/messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
