package dev.accord.business;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.accord.account.LastContext;
import dev.accord.account.LastContexts;
import dev.accord.account.SignInLanding;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signing in lands in the context the person used last. Someone who never chose one but belongs to
 * business accounts lands in the first of them (the account switcher's order); a last business
 * account they no longer actively belong to falls back the same way; everyone else lands on their
 * personal Dashboard.
 */
@Component
class LastContextLanding implements SignInLanding {

	private final LastContexts contexts;

	private final Memberships memberships;

	LastContextLanding(LastContexts contexts, Memberships memberships) {
		this.contexts = contexts;
		this.memberships = memberships;
	}

	@Override
	@Transactional(readOnly = true)
	public String landingPath(UUID userId) {
		Optional<LastContext> last = this.contexts.last(userId);
		if (last.isPresent() && last.get().isPersonal()) {
			return "/dashboard";
		}
		List<UUID> active = this.memberships.ofUser(userId)
			.stream()
			.filter(MembershipView::isActive)
			.map(MembershipView::businessAccountId)
			.toList();
		return last.map(LastContext::businessAccountId)
			.filter(active::contains)
			.or(() -> active.stream().findFirst())
			.map((id) -> "/business/" + id + "/dashboard")
			.orElse("/dashboard");
	}

}
