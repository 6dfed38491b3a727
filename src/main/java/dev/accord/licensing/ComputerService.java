package dev.accord.licensing;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.accord.platform.NotFoundException;
import dev.accord.shared.Actor;
import dev.accord.shared.AuditAction;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The registered computers of a key, for the key's administrators: list, deactivate, blacklist. */
@Service
public class ComputerService {

	private final LicensingStore store;

	private final LicensingAccess access;

	private final Clock clock;

	private final LicensingAudit audit;

	ComputerService(LicensingStore store, LicensingAccess access, Clock clock, LicensingAudit audit) {
		this.audit = audit;
		this.store = store;
		this.access = access;
		this.clock = clock;
	}

	/** Active and blacklisted computers of the key, oldest activation first, paged by keyset cursor. */
	@Transactional(readOnly = true)
	public Page computers(UUID accountId, UUID callerId, UUID keyId, String cursor, int limit) {
		return computers(accountId, callerId, keyId, ComputerStatus.listedByDefault(), cursor, limit);
	}

	/** Computers of the key in the chosen statuses, oldest activation first, paged by keyset cursor. */
	@Transactional(readOnly = true)
	public Page computers(UUID accountId, UUID callerId, UUID keyId, Set<ComputerStatus> statuses, String cursor,
			int limit) {
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
		List<Rows.Activation> rows = this.store.activations(keyId, accountId, ComputerStatus.orDefault(statuses), after,
				afterId, limit + 1);
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
		if (deactivate(computer)) {
			this.audit.computer(accountId, Actor.person(callerId), AuditAction.COMPUTER_DEACTIVATED, computer,
					(c) -> c.field("status", "ACTIVE", "DEACTIVATED"));
		}
	}

	private boolean deactivate(Rows.Activation computer) {
		this.store.lockSubscription(computer.subscriptionId());
		if (this.store.deactivate(computer.id())) {
			this.store.countUse(computer.keyId(), -1);
			return true;
		}
		return false;
	}

	/**
	 * Refuses the computer's device on every key of the account until unblacklisted, and
	 * deactivates it wherever it is active (every seat it held is freed).
	 */
	@Transactional
	public void blacklist(UUID accountId, UUID callerId, UUID keyId, UUID computerId) {
		Rows.Activation computer = computer(accountId, callerId, keyId, computerId);
		boolean wasActive = deactivate(computer);
		for (Rows.Activation elsewhere : this.store.activeOnAccount(accountId, computer.deviceId())) {
			if (deactivate(elsewhere)) {
				this.audit.computer(accountId, Actor.person(callerId), AuditAction.COMPUTER_DEACTIVATED, elsewhere,
						(c) -> c.field("status", "ACTIVE", "DEACTIVATED"));
			}
		}
		boolean wasBlacklisted = this.store.isBlacklisted(accountId, computer.deviceId());
		this.store.blacklist(accountId, computer.deviceId(), this.clock.instant());
		this.audit.computer(accountId, Actor.person(callerId), AuditAction.COMPUTER_BLACKLISTED, computer,
				(c) -> c.field("status", wasActive ? "ACTIVE" : computer.status(), "DEACTIVATED")
					.field("blacklisted", wasBlacklisted, true));
	}

	@Transactional
	public void unblacklist(UUID accountId, UUID callerId, UUID keyId, UUID computerId) {
		Rows.Activation computer = computer(accountId, callerId, keyId, computerId);
		boolean wasBlacklisted = this.store.isBlacklisted(accountId, computer.deviceId());
		this.store.unblacklist(accountId, computer.deviceId());
		this.audit.computer(accountId, Actor.person(callerId), AuditAction.COMPUTER_UNBLACKLISTED, computer,
				(c) -> c.field("blacklisted", wasBlacklisted, false));
	}

	/** Renames the computer and sets its notes (up to 2,000 characters). */
	@Transactional
	public void edit(UUID accountId, UUID callerId, UUID keyId, UUID computerId, String computerName, String notes) {
		Rows.Activation computer = computer(accountId, callerId, keyId, computerId);
		if (computerName != null && (computerName.isBlank() || computerName.length() > 200)) {
			throw dev.accord.platform.ValidationException.of("computerName",
					computerName.isBlank() ? "validation.required" : "validation.tooLong.at");
		}
		if (notes != null && notes.length() > 2000) {
			throw dev.accord.platform.ValidationException.of("notes", "membership.notes.tooLong");
		}
		dev.accord.platform.PlainText.requireSingleLine("computerName", computerName);
		dev.accord.platform.PlainText.requireMultiLine("notes", notes);
		String newName = (computerName != null) ? computerName.trim() : null;
		String newNotes = (notes != null) ? (notes.isBlank() ? "" : notes) : null;
		this.store.editComputer(computer.id(), newName, newNotes);
		this.audit.computer(accountId, Actor.person(callerId), AuditAction.COMPUTER_EDITED, computer,
				(c) -> c.field("computerName", computer.computerName(), (newName != null) ? newName : computer.computerName())
					.field("notes", blankToEmpty(computer.notes()), (newNotes != null) ? newNotes : blankToEmpty(computer.notes())));
	}

	/**
	 * Moves an active computer to another key of the same subscription that the caller administers,
	 * if that key has a free seat; the seat moves with it.
	 */
	@Transactional
	public void move(UUID accountId, UUID callerId, UUID keyId, UUID computerId, UUID targetKeyId) {
		LicensingAccess.Rights rights = this.access.of(accountId, callerId);
		Rows.Activation computer = computer(accountId, callerId, keyId, computerId);
		Rows.Key target = this.access.visibleKey(rights, targetKeyId);
		if (!target.subscriptionId().equals(computer.subscriptionId()) || target.id().equals(keyId)) {
			throw dev.accord.platform.ValidationException.of("licenseKeyId", "licensing.move.sameSubscription");
		}
		Rows.Subscription subscription = this.store.lockSubscription(computer.subscriptionId()).orElseThrow();
		if (!computer.isActive() || this.store.activation(targetKeyId, computer.deviceId()).isPresent()) {
			throw dev.accord.platform.ValidationException.of("licenseKeyId", "licensing.move.notPossible");
		}
		java.time.LocalDate today = java.time.LocalDate.ofInstant(this.clock.instant(), java.time.ZoneOffset.UTC);
		// The seat the computer frees on its key counts before the target key is asked for one.
		List<Rows.Key> keys = this.store.keysOfSubscription(subscription.id())
			.stream()
			.map((k) -> k.id().equals(keyId) ? k.withUsed(k.used() - 1) : k)
			.toList();
		Rows.Key destination = keys.stream().filter((k) -> k.id().equals(targetKeyId)).findFirst().orElseThrow();
		if (destination.isExpired(today) || !SeatLedger.of(subscription, keys, today).admits(destination)) {
			throw new NoSeatsAvailableException();
		}
		this.store.moveComputer(computer.id(), targetKeyId);
		this.store.countUse(keyId, -1);
		this.store.countUse(targetKeyId, 1);
		String from = keys.stream().filter((k) -> k.id().equals(keyId)).findFirst().orElseThrow().name();
		this.audit.computer(accountId, Actor.person(callerId), AuditAction.COMPUTER_MOVED, computer,
				(c) -> c.field("licenseKey", from, destination.name()));
	}

	private static String blankToEmpty(String text) {
		return (text == null || text.isBlank()) ? "" : text;
	}

	/** All computers of the key in the chosen statuses, for Export to CSV. */
	@Transactional(readOnly = true)
	public List<ComputerView> all(UUID accountId, UUID callerId, UUID keyId, Set<ComputerStatus> statuses) {
		List<ComputerView> all = new java.util.ArrayList<>();
		String cursor = null;
		do {
			Page page = computers(accountId, callerId, keyId, statuses, cursor, 200);
			all.addAll(page.items());
			cursor = page.nextCursor();
		}
		while (cursor != null);
		return all;
	}

	/** One computer of the key, as the list shows it. */
	@Transactional(readOnly = true)
	public ComputerView view(UUID accountId, UUID callerId, UUID keyId, UUID computerId) {
		Rows.Activation computer = computer(accountId, callerId, keyId, computerId);
		return ComputerView.of(computer, this.store.isBlacklisted(accountId, computer.deviceId()));
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
