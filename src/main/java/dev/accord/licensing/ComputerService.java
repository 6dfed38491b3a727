package dev.accord.licensing;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import dev.accord.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The registered computers of a key, for the key's administrators: list, deactivate, blacklist. */
@Service
public class ComputerService {

	private final LicensingStore store;

	private final LicensingAccess access;

	private final Clock clock;

	ComputerService(LicensingStore store, LicensingAccess access, Clock clock) {
		this.store = store;
		this.access = access;
		this.clock = clock;
	}

	/** Active computers of the key, oldest activation first, paged by keyset cursor. */
	@Transactional(readOnly = true)
	public Page computers(UUID accountId, UUID callerId, UUID keyId, String cursor, int limit) {
		LicensingAccess.Rights rights = this.access.of(accountId, callerId);
		this.access.visibleKey(rights, keyId);
		Instant after = null;
		UUID afterId = null;
		if (cursor != null && !cursor.isBlank()) {
			try {
				String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", 2);
				after = Instant.parse(parts[0]);
				afterId = UUID.fromString(parts[1]);
			}
			catch (RuntimeException ex) {
				after = null;
			}
		}
		List<Rows.Activation> rows = this.store.activations(keyId, after, afterId, limit + 1);
		List<Rows.Activation> page = rows.stream().limit(limit).toList();
		java.util.Set<String> blacklisted = this.store.blacklistedAmong(accountId,
				page.stream().map(Rows.Activation::deviceId).toList());
		List<ComputerView> items = page.stream()
			.map((a) -> ComputerView.of(a, blacklisted.contains(a.deviceId())))
			.toList();
		String next = null;
		if (rows.size() > limit) {
			ComputerView last = items.get(limit - 1);
			next = Base64.getUrlEncoder()
				.withoutPadding()
				.encodeToString((last.activatedAt() + "|" + last.id()).getBytes(StandardCharsets.UTF_8));
		}
		return new Page(items, next);
	}

	/** Frees the computer's seat at once. */
	@Transactional
	public void deactivate(UUID accountId, UUID callerId, UUID keyId, UUID computerId) {
		Rows.Activation computer = computer(accountId, callerId, keyId, computerId);
		this.store.lockSubscription(computer.subscriptionId());
		if (this.store.deactivate(computer.id())) {
			this.store.countUse(keyId, -1);
		}
	}

	/** Deactivates the computer and refuses its device on every key of the account until unblacklisted. */
	@Transactional
	public void blacklist(UUID accountId, UUID callerId, UUID keyId, UUID computerId) {
		Rows.Activation computer = computer(accountId, callerId, keyId, computerId);
		deactivate(accountId, callerId, keyId, computerId);
		this.store.blacklist(accountId, computer.deviceId(), this.clock.instant());
	}

	@Transactional
	public void unblacklist(UUID accountId, UUID callerId, UUID keyId, UUID computerId) {
		Rows.Activation computer = computer(accountId, callerId, keyId, computerId);
		this.store.unblacklist(accountId, computer.deviceId());
	}

	private Rows.Activation computer(UUID accountId, UUID callerId, UUID keyId, UUID computerId) {
		LicensingAccess.Rights rights = this.access.of(accountId, callerId);
		this.access.visibleKey(rights, keyId);
		return this.store.activation(computerId)
			.filter((a) -> a.keyId().equals(keyId))
			.orElseThrow(NotFoundException::new);
	}

	public record Page(List<ComputerView> items, String nextCursor) {
	}

}
