package dev.accord.licensing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import dev.accord.platform.NotFoundException;
import dev.accord.platform.PlainText;
import dev.accord.shared.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The device API: a computer activates with a key, checks in, and deactivates. Activation and
 * deactivation lock the subscription row, so the seats in use never exceed the subscription's.
 */
@Service
public class DeviceService {

	private final Subscriptions subscriptions;

	private final LicenseKeys keys;

	private final Activations activations;

	private final DeviceBlacklist blacklist;

	private final ComputerDeactivation deactivation;

	private final LicensingSettings settings;

	private final Clock clock;

	private final CheckInRecorder checkIns;

	private final KeyFactsCache keyFacts;

	private final ApplicationEventPublisher events;

	DeviceService(Subscriptions subscriptions, LicenseKeys keys, Activations activations, DeviceBlacklist blacklist,
			ComputerDeactivation deactivation, LicensingSettings settings, Clock clock, CheckInRecorder checkIns,
			KeyFactsCache keyFacts, ApplicationEventPublisher events) {
		this.subscriptions = subscriptions;
		this.keys = keys;
		this.activations = activations;
		this.blacklist = blacklist;
		this.deactivation = deactivation;
		this.settings = settings;
		this.clock = clock;
		this.checkIns = checkIns;
		this.keyFacts = keyFacts;
		this.events = events;
	}

	/** Activates, or returns the existing activation of this device on this key ({@code created} false). */
	@Transactional
	public Activated activate(String licenseKey, Device device) {
		LicenseKey found = this.keys.byValue(licenseKey).orElseThrow(NotFoundException::new);
		Subscription subscription = this.subscriptions.lock(found.subscriptionId()).orElseThrow();
		LicenseKey key = subscription.key(found.id()).orElseThrow(NotFoundException::new);
		LocalDate today = today();
		SubscriptionStatus status = subscription.status(this.settings.gracePeriod(), today);
		if (key.isExpired(today) || status == SubscriptionStatus.EXPIRED) {
			throw new KeyExpiredException();
		}
		if (this.blacklist.contains(key.accountId(), device.deviceId())) {
			throw new DeviceBlacklistedException();
		}
		LocalDate expiresAt = key.expiresAt(subscription.expirationDate());
		Optional<Activation> existing = this.activations.onKey(key.id(), device.deviceId());
		if (existing.isPresent() && existing.get().isActive()) {
			return new Activated(existing.get().id(), false, status, expiresAt);
		}
		if (!subscription.admits(key, today)) {
			throw new NoSeatsAvailableException();
		}
		Activation activation = store(existing, key, device, this.clock.instant());
		this.keys.count(key.id(), 1);
		this.events.publishEvent(new ComputerActivated(key.accountId(), Actor.device(device.deviceId()), activation.id(),
				key.id(), device.deviceId(), device.computerName(), key.name(), device.ipAddress()));
		return new Activated(activation.id(), true, status, expiresAt);
	}

	private Activation store(Optional<Activation> existing, LicenseKey key, Device device, Instant now) {
		if (existing.isPresent()) {
			Activation again = existing.get().reactivate(device, now);
			this.activations.reactivate(again);
			return again;
		}
		Activation activation = Activation.activate(key, device, now);
		this.activations.add(activation);
		return activation;
	}

	/**
	 * Whether the device may run now. The hot path: the key's facts from {@link KeyFactsCache}, then
	 * one indexed query about the device and no transaction; the time of the check-in is written
	 * later, in a batch ({@link CheckInRecorder}).
	 */
	public CheckIn checkIn(String licenseKey, String deviceId) {
		KeyFacts key = this.keyFacts.get(KeyCodes.hash(licenseKey)).orElseThrow(NotFoundException::new);
		Activations.DeviceState device = this.activations.deviceState(key, deviceId);
		LocalDate today = today();
		SubscriptionStatus status = SubscriptionStatus.of(key.subscriptionExpires(), this.settings.gracePeriod(), today);
		boolean active = device.activationStatus() == ActivationStatus.ACTIVE;
		String reason = null;
		if (device.blacklisted()) {
			reason = "DEVICE_BLACKLISTED";
		}
		else if (!active) {
			reason = "NOT_ACTIVATED";
		}
		else if (key.isExpired(today) || status == SubscriptionStatus.EXPIRED) {
			reason = "KEY_EXPIRED";
		}
		if (active) {
			this.checkIns.record(device.activationId(), this.clock.instant());
		}
		String shown = (device.activationStatus() != null) ? device.activationStatus().name() : "NOT_ACTIVATED";
		return new CheckIn(reason == null, shown, status, key.expiresAt(), reason);
	}

	/** Frees the seat at once; an unknown key or device is {@link NotFoundException}. */
	@Transactional
	public void deactivate(String licenseKey, String deviceId) {
		LicenseKey key = this.keys.byValue(licenseKey).orElseThrow(NotFoundException::new);
		Activation activation = this.activations.onKey(key.id(), deviceId).orElseThrow(NotFoundException::new);
		if (this.deactivation.deactivate(activation)) {
			this.events.publishEvent(new ComputerDeactivated(key.accountId(), Actor.device(deviceId), activation.id(),
					activation.computerName()));
		}
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
	}

	/** What a device tells about itself when it activates. */
	public record Device(String deviceId, String computerName, String serialNumber, String macAddress,
			String ipAddress) {

		public Device {
			PlainText.requireSingleLine("deviceId", deviceId);
			PlainText.requireSingleLine("computerName", computerName);
			PlainText.requireSingleLine("serialNumber", serialNumber);
			PlainText.requireSingleLine("macAddress", macAddress);
		}
	}

	/** The answer to an activation. */
	public record Activated(UUID activationId, boolean created, SubscriptionStatus subscriptionStatus,
			LocalDate expiresAt) {
	}

	/** The answer to a check-in; {@code reason} says why it is not valid. */
	public record CheckIn(boolean valid, String status, SubscriptionStatus subscriptionStatus, LocalDate expiresAt,
			String reason) {
	}

}
