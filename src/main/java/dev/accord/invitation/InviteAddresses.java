package dev.accord.invitation;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.accord.platform.RateLimitedException;
import dev.accord.platform.ValidationException;
import dev.accord.shared.EmailAddress;

/** The checks of an invitation request before anything is sent: every address, their number, the validity. */
final class InviteAddresses {

	private InviteAddresses() {
	}

	/**
	 * The normalized addresses, without duplicates, in the order given; any malformed address (or
	 * validity) refuses the whole request, and more than {@code max} addresses is
	 * {@link RateLimitedException}.
	 */
	static Set<String> validate(List<String> emails, Integer expiresInDays, int max) {
		if (emails == null || emails.isEmpty()) {
			throw ValidationException.of("emails", "invite.emails.empty");
		}
		if (emails.size() > max) {
			throw new RateLimitedException("invite.tooMany", max);
		}
		Map<String, String> errors = new LinkedHashMap<>();
		for (int i = 0; i < emails.size(); i++) {
			if (!EmailAddress.isValid(emails.get(i))) {
				errors.put("emails[" + i + "]", "validation.email");
			}
		}
		if (expiresInDays != null && !InvitationSettings.isChoosableExpiry(expiresInDays)) {
			errors.put("expiresInDays", "invite.expiresInDays.range");
		}
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		Set<String> addresses = new LinkedHashSet<>();
		emails.forEach((e) -> addresses.add(EmailAddress.normalize(e)));
		return addresses;
	}

}
