package dev.accord.domain;

import java.util.List;
import java.util.Map;

import dev.accord.platform.AccordException;
import org.springframework.http.HttpStatus;

/** "Invite only people of verified domains" is on and these addresses are of other domains: nothing is sent. */
public class DomainNotVerifiedException extends AccordException {

	private final List<String> emails;

	public DomainNotVerifiedException(List<String> emails) {
		super(HttpStatus.UNPROCESSABLE_CONTENT, "DOMAIN_NOT_VERIFIED", "invite.domainNotVerified", String.join(", ", emails));
		this.emails = List.copyOf(emails);
	}

	/** The refused addresses. */
	public List<String> emails() {
		return this.emails;
	}

	@Override
	public Map<String, String> fieldErrors() {
		return Map.of("emails", "invite.domainNotVerified.field");
	}

}
