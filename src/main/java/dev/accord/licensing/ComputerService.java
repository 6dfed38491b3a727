package dev.accord.licensing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.accord.platform.NotFoundException;
import dev.accord.shared.Actor;
import dev.accord.platform.Keyset;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registered computers of a key, for the key's administrators: list, export, edit. Deactivating,
 * blacklisting and moving them are {@link ComputerActions}.
 */
@Service
public class ComputerService {

	private final Activations activations;

	private final DeviceBlacklist blacklist;

	private final LicensingAccess access;

	private final ApplicationEventPublisher events;

	ComputerService(Activations activations, DeviceBlacklist blacklist, LicensingAccess access,
			ApplicationEventPublisher events) {
		this.activations = activations;
		this.blacklist = blacklist;
		this.access = access;
		this.events = events;
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
		Keyset.Window<Activation> window = Keyset.decode(cursor).read(limit, (at) -> {
			After after = at.key((text) -> {
				String[] parts = text.split("\\|", 2);
				return new After(Instant.parse(parts[0]), UUID.fromString(parts[1]));
			});
			return this.activations.page(keyId, accountId, ComputerStatus.orDefault(statuses),
					(after != null) ? after.at() : null, (after != null) ? after.id() : null, at.backward(), limit + 1);
		}, (a) -> a.activatedAt() + "|" + a.id());
		Set<String> blacklisted = this.blacklist.among(accountId,
				window.items().stream().map(Activation::deviceId).toList());
		List<ComputerView> items = window.items()
			.stream()
			.map((a) -> ComputerView.of(a, blacklisted.contains(a.deviceId())))
			.toList();
		return new Page(items, window.offset(), window.previousCursor(), window.nextCursor());
	}

	/**
	 * How many computers of the key are in the chosen statuses (the default ones for none), for the
	 * key's administrators; counts at most {@link dev.accord.platform.ListRange#COUNT_CAP} and one.
	 */
	@Transactional(readOnly = true)
	public long count(UUID accountId, UUID callerId, UUID keyId, Set<ComputerStatus> statuses) {
		LicensingAccess.Rights rights = this.access.of(accountId, callerId);
		this.access.visibleKey(rights, keyId);
		return this.activations.count(keyId, accountId, ComputerStatus.orDefault(statuses));
	}

	/** All computers of the key in the chosen statuses, for Export to CSV. */
	@Transactional(readOnly = true)
	public List<ComputerView> all(UUID accountId, UUID callerId, UUID keyId, Set<ComputerStatus> statuses) {
		List<ComputerView> all = new ArrayList<>();
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
		Activation computer = computer(accountId, callerId, keyId, computerId);
		return ComputerView.of(computer, this.blacklist.contains(accountId, computer.deviceId()));
	}

	/** Renames the computer and sets its notes (up to 2,000 characters); {@code null} leaves a field as it is. */
	@Transactional
	public void edit(UUID accountId, UUID callerId, UUID keyId, UUID computerId, String computerName, String notes) {
		Activation before = computer(accountId, callerId, keyId, computerId);
		Activation after = before.edit(computerName, notes);
		this.activations.edit(after);
		this.events.publishEvent(new ComputerEdited(accountId, Actor.person(callerId), computerId, before.computerName(),
				after.computerName(), before.notesOrEmpty(), after.notesOrEmpty()));
	}

	/** The computer, if it is the key's and the caller may see the key (404/403 otherwise). */
	Activation computer(UUID accountId, UUID callerId, UUID keyId, UUID computerId) {
		LicensingAccess.Rights rights = this.access.of(accountId, callerId);
		this.access.visibleKey(rights, keyId);
		return this.activations.find(computerId).filter((a) -> a.keyId().equals(keyId)).orElseThrow(NotFoundException::new);
	}

	private record After(Instant at, UUID id) {
	}

	/**
	 * One page of computers: how many come before it, and the cursors of the pages before and after
	 * (null where there is none).
	 */
	public record Page(List<ComputerView> items, long offset, String previousCursor, String nextCursor) {
	}

}
