package dev.accord.licensing;

import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.accord.business.MemberRightsEnded;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Ends a member's License Administrator rights in the same transaction as the block, removal or promotion. */
@Component
class LicenseAdministratorRights {

	private final KeyAdministrators administrators;

	private final LicenseKeys keys;

	private final ApplicationEventPublisher events;

	LicenseAdministratorRights(KeyAdministrators administrators, LicenseKeys keys, ApplicationEventPublisher events) {
		this.administrators = administrators;
		this.keys = keys;
		this.events = events;
	}

	@EventListener
	void on(MemberRightsEnded event) {
		var ended = this.administrators.revokeAll(event.businessAccountId(), event.userId());
		if (ended.isEmpty()) {
			return;
		}
		Map<UUID, LicenseKey> keys = this.keys.ofAccount(event.businessAccountId())
			.stream()
			.collect(Collectors.toMap(LicenseKey::id, Function.identity()));
		ended.forEach((keyId) -> this.events.publishEvent(new LicenseAdministratorRemoved(event.businessAccountId(),
				event.actor(), event.userId(), keyId, keys.get(keyId).name())));
	}

}
