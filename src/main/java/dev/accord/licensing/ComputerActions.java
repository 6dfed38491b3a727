package dev.accord.licensing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.UUID;

import dev.accord.platform.ValidationException;
import dev.accord.shared.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a key's administrators do with its computers: deactivate, blacklist, unblacklist, move to
 * another key; one computer at a time, or the selected ones at once, all or nothing.
 */
@Service
public class ComputerActions {

	private final ComputerService computers;

	private final Activations activations;

	private final ComputerDeactivation deactivation;

	private final DeviceBlacklist blacklist;

	private final Subscriptions subscriptions;

	private final LicenseKeys keys;

	private final LicensingAccess access;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ComputerActions(ComputerService computers, Activations activations, ComputerDeactivation deactivation,
			DeviceBlacklist blacklist, Subscriptions subscriptions, LicenseKeys keys, LicensingAccess access,
			ApplicationEventPublisher events, Clock clock) {
		this.computers = computers;
		this.activations = activations;
		this.deactivation = deactivation;
		this.blacklist = blacklist;
		this.subscriptions = subscriptions;
		this.keys = keys;
		this.access = access;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Applies the action to every computer listed, in one transaction: when one of them is refused
	 * (no seat on the target key, say), none is changed. {@code targetKeyId} is for {@code MOVE}.
	 */
	@Transactional
	public void apply(UUID accountId, UUID callerId, UUID keyId, Collection<UUID> computerIds, ComputerAction action,
			UUID targetKeyId) {
		if (action == ComputerAction.MOVE && targetKeyId == null) {
			throw ValidationException.of("target", "validation.choose");
		}
		for (UUID computerId : computerIds) {
			switch (action) {
				case DEACTIVATE -> deactivate(accountId, callerId, keyId, computerId);
				case BLACKLIST -> blacklist(accountId, callerId, keyId, computerId);
				case UNBLACKLIST -> unblacklist(accountId, callerId, keyId, computerId);
				case MOVE -> move(accountId, callerId, keyId, computerId, targetKeyId);
			}
		}
	}

	/** Frees the computer's seat at once. */
	@Transactional
	public void deactivate(UUID accountId, UUID callerId, UUID keyId, UUID computerId) {
		Activation computer = this.computers.computer(accountId, callerId, keyId, computerId);
		if (this.deactivation.deactivate(computer)) {
			this.events.publishEvent(
					new ComputerDeactivated(accountId, Actor.person(callerId), computer.id(), computer.computerName()));
		}
	}

	/**
	 * Refuses the computer's device on every key of the account until unblacklisted, and
	 * deactivates it wherever it is active (every seat it held is freed).
	 */
	@Transactional
	public void blacklist(UUID accountId, UUID callerId, UUID keyId, UUID computerId) {
		Activation computer = this.computers.computer(accountId, callerId, keyId, computerId);
		Actor actor = Actor.person(callerId);
		boolean wasActive = this.deactivation.deactivate(computer) || computer.isActive();
		boolean changed = wasActive;
		for (Activation elsewhere : this.activations.activeOnAccount(accountId, computer.deviceId())) {
			if (this.deactivation.deactivate(elsewhere)) {
				changed = true;
				this.events.publishEvent(
						new ComputerDeactivated(accountId, actor, elsewhere.id(), elsewhere.computerName()));
			}
		}
		boolean wasBlacklisted = this.blacklist.contains(accountId, computer.deviceId());
		if (wasBlacklisted && !changed) {
			// Nothing to do: a repeated click, or the same confirmation sent from a second tab.
			return;
		}
		this.blacklist.add(accountId, computer.deviceId(), this.clock.instant());
		this.events.publishEvent(new ComputerBlacklisted(accountId, actor, computer.id(), computer.computerName(),
				computer.deviceId(), wasActive, wasBlacklisted));
	}

	/** Accepts the computer's device again on the account's keys; it activates anew when it next asks. */
	@Transactional
	public void unblacklist(UUID accountId, UUID callerId, UUID keyId, UUID computerId) {
		Activation computer = this.computers.computer(accountId, callerId, keyId, computerId);
		boolean wasBlacklisted = this.blacklist.contains(accountId, computer.deviceId());
		this.blacklist.remove(accountId, computer.deviceId());
		if (wasBlacklisted) {
			this.events.publishEvent(new ComputerUnblacklisted(accountId, Actor.person(callerId), computer.id(),
					computer.computerName(), computer.deviceId()));
		}
	}

	/**
	 * Moves an active computer to another key of the same subscription that the caller administers,
	 * if that key has a free seat; the seat moves with it.
	 */
	@Transactional
	public void move(UUID accountId, UUID callerId, UUID keyId, UUID computerId, UUID targetKeyId) {
		LicensingAccess.Rights rights = this.access.of(accountId, callerId);
		Activation computer = this.computers.computer(accountId, callerId, keyId, computerId);
		LicenseKey target = this.access.visibleKey(rights, targetKeyId);
		Subscription subscription = this.subscriptions.lock(computer.subscriptionId()).orElseThrow();
		Activation moved = computer.moveTo(target);
		if (this.activations.onKey(targetKeyId, computer.deviceId()).isPresent()) {
			throw ValidationException.of("licenseKeyId", "licensing.move.notPossible");
		}
		LicenseKey from = subscription.key(keyId).orElseThrow();
		LicenseKey to = subscription.key(targetKeyId).orElseThrow();
		if (!subscription.admitsMove(from, to, LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC))) {
			throw new NoSeatsAvailableException();
		}
		this.activations.move(moved);
		this.keys.count(keyId, -1);
		this.keys.count(targetKeyId, 1);
		this.events.publishEvent(new ComputerMoved(accountId, Actor.person(callerId), computer.id(),
				computer.computerName(), keyId, from.name(), targetKeyId, to.name()));
	}

}
