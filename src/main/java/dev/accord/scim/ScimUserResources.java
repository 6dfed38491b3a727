package dev.accord.scim;

import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;

import com.unboundid.scim2.common.types.Email;
import com.unboundid.scim2.common.types.Meta;
import com.unboundid.scim2.common.types.Name;
import com.unboundid.scim2.common.types.UserResource;
import dev.accord.business.MemberView;
import dev.accord.business.MembershipStatus;

/** A member as a SCIM {@link UserResource}: id = personal account id, userName = the email. */
final class ScimUserResources {

	private ScimUserResources() {
	}

	static UserResource of(MemberView member, ScimUsers.ScimUser provided) {
		UserResource user = new UserResource();
		user.setId(member.userId().toString());
		user.setUserName(member.email());
		user.setName(new Name().setGivenName(member.firstName())
			.setFamilyName(member.lastName())
			.setFormatted(member.displayName()));
		user.setDisplayName(member.displayName().isEmpty() ? member.email() : member.displayName());
		user.setEmails(List.of(new Email().setValue(member.email()).setType("work").setPrimary(true)));
		user.setActive(member.status() == MembershipStatus.ACTIVE);
		Meta meta = new Meta().setResourceType("User").setCreated(calendar(member.memberSince()));
		if (provided != null) {
			user.setExternalId(provided.externalId());
			meta.setLastModified(calendar(provided.updatedAt()));
		}
		else {
			meta.setLastModified(calendar(member.memberSince()));
		}
		user.setMeta(meta);
		return user;
	}

	private static Calendar calendar(java.time.Instant instant) {
		GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
		calendar.setTimeInMillis(instant.toEpochMilli());
		return calendar;
	}

	/** The address the provider gives: {@code userName}, else the primary (or first) email. */
	static String email(UserResource user) {
		if (user.getUserName() != null && !user.getUserName().isBlank()) {
			return user.getUserName().trim();
		}
		List<Email> emails = user.getEmails();
		if (emails == null || emails.isEmpty()) {
			return null;
		}
		return emails.stream()
			.filter((e) -> Boolean.TRUE.equals(e.getPrimary()))
			.findFirst()
			.orElse(emails.get(0))
			.getValue();
	}

	static String givenName(UserResource user) {
		return (user.getName() != null) ? user.getName().getGivenName() : null;
	}

	static String familyName(UserResource user) {
		return (user.getName() != null) ? user.getName().getFamilyName() : null;
	}

}
