package dev.accord.invitation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.accord.business.Role;
import dev.accord.shared.Language;
import dev.accord.support.Api;
import dev.accord.support.Api.Person;
import dev.accord.support.Api.Response;

/**
 * Invitation requests to the API as tests describe them, and their answers as records:
 * {@code invite(bob).in(Language.DE).as(Role.ACCOUNT_ADMINISTRATOR).validFor(3).sentBy(api, ana, acme)}.
 */
final class Invites {

	private final List<String> emails;

	private Language language = Language.EN;

	private Role role;

	private Integer validityDays;

	private Invites(List<String> emails) {
		this.emails = emails;
	}

	/** An invitation request for these addresses, in English, as Regular Members, with the default validity. */
	static Invites invite(String... emails) {
		return new Invites(List.of(emails));
	}

	static Invites invite(List<String> emails) {
		return new Invites(List.copyOf(emails));
	}

	Invites in(Language inLanguage) {
		this.language = inLanguage;
		return this;
	}

	Invites as(Role invitedAs) {
		this.role = invitedAs;
		return this;
	}

	Invites validFor(int days) {
		this.validityDays = days;
		return this;
	}

	/** The request body, as the API takes it. */
	Map<String, Object> body() {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("language", this.language.tag());
		body.put("emails", this.emails);
		if (this.validityDays != null) {
			body.put("expiresInDays", this.validityDays);
		}
		if (this.role != null) {
			body.put("role", this.role.name());
		}
		return body;
	}

	/** Posts the request as this administrator of the account. */
	Response sentBy(Api api, Person admin, UUID businessAccountId) {
		return api.post("/api/v1/business-accounts/" + businessAccountId + "/invitations", body(), admin.token());
	}

	/** The results of an answer to an invitation request, in order. */
	@SuppressWarnings("unchecked")
	static List<Sent> results(Response answer) {
		List<Sent> results = new ArrayList<>();
		for (Map<String, Object> r : (List<Map<String, Object>>) answer.map().get("results")) {
			Object id = r.get("invitationId");
			results.add(new Sent((String) r.get("email"), InviteOutcome.valueOf((String) r.get("outcome")),
					(id != null) ? UUID.fromString((String) id) : null));
		}
		return results;
	}

	/** One address of an answer: what happened to it and, when it was (re)sent, its invitation. */
	record Sent(String email, InviteOutcome outcome, UUID invitationId) {
	}

}
