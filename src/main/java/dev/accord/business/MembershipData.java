package dev.accord.business;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.accord.account.PersonalData;
import org.springframework.stereotype.Component;

/** The person's memberships, for "Download my data": one query. */
@Component
class MembershipData implements PersonalData {

	private final Memberships memberships;

	MembershipData(Memberships memberships) {
		this.memberships = memberships;
	}

	@Override
	public String section() {
		return "memberships";
	}

	@Override
	public List<Exported> of(UUID userId) {
		return this.memberships.ofUser(userId)
			.stream()
			.map((m) -> new Exported(m.businessAccountId(), m.companyName(), m.role(), m.status(), m.memberSince()))
			.toList();
	}

	record Exported(UUID businessAccountId, String companyName, Role role, MembershipStatus status,
			Instant memberSince) {
	}

}
