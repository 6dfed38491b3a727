package dev.accord.licensing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import dev.accord.platform.NotFoundException;
import dev.accord.platform.PlainText;
import dev.accord.shared.Actor;
import dev.accord.shared.AuditAction;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The device API: a computer activates with a key, checks in, and deactivates. Activation and
 * deactivation lock the subscription row, so the seats in use never exceed the subscription's.
 */
@Service
public class DeviceService {

	private final LicensingStore store;

	private final LicensingSettings settings;

	private final Clock clock;

	private final CheckInRecorder checkIns;

	private final LicensingAudit audit;

	private final KeyFactsCache keys;

	DeviceService(LicensingStore store, LicensingSettings settings, Clock clock, CheckInRecorder checkIns,
			LicensingAudit audit, KeyFactsCache keys) {
		this.audit = audit;
		this.keys = keys;
		this.checkIns = checkIns;
		this.store = store;
		this.settings = settings;
		this.clock = clock;
	}

	/** Activates, or returns the existing activation of this device on this key ({@code created} false). */
	@Transactional
	public Activated activate(String licenseKey, Device device) {
		Rows.Key key = this.store.keyByHash(KeyCodes.hash(licenseKey)).orElseThrow(NotFoundException::new);
		Rows.Subscription subscription = this.store.lockSubscription(key.subscriptionId()).orElseThrow();
		key = this.store.key(key.id()).orElseThrow(NotFoundException::new);
		LocalDate today = today();
		SubscriptionStatus status = SubscriptionStatus.of(subscription.expirationDate(), this.settings.gracePeriod(), today);
		if (key.isExpired(today) || status == SubscriptionStatus.EXPIRED) {
			throw new KeyExpiredException();
		}
		if (this.store.isBlacklisted(key.accountId(), device.deviceId())) {
			throw new DeviceBlacklistedException();
		}
		var existing = this.store.activation(key.id(), device.deviceId());
		if (existing.isPresent() && existing.get().isActive()) {
			return new Activated(existing.get().id(), false, status, expiresOn(subscription, key));
		}
		SeatLedger ledger = SeatLedger.of(subscription, this.store.keysOfSubscription(subscription.id()), today);
		if (!ledger.admits(key)) {
			throw new NoSeatsAvailableException();
		}
		Instant now = this.clock.instant();
		UUID id;
		if (existing.isPresent()) {
			id = existing.get().id();
			this.store.reactivate(id, device, now);
		}
		else {
			id = UUID.randomUUID();
			this.store.addActivation(id, key, device, now);
		}
		this.store.countUse(key.id(), 1);
		Rows.Key activatedOn = key;
		this.audit.key(key.accountId(), Actor.device(device.deviceId()), AuditAction.COMPUTER_ACTIVATED, id,
				device.computerName(), (c) -> c.after("deviceId", device.deviceId())
					.after("computerName", device.computerName())
					.after("licenseKey", activatedOn.name())
					.after("ipAddress", device.ipAddress()));
		return new Activated(id, true, status, expiresOn(subscription, key));
	}

	/**
	 * Whether the device may run now. The hot path: the key's facts from {@link KeyFactsCache}, then
	 * one indexed query about the device and no transaction; the time of the check-in is written
	 * later, in a batch ({@link CheckInRecorder}).
	 */
	public CheckIn checkIn(String licenseKey, String deviceId) {
		LicensingStore.KeyFacts key = this.keys.get(KeyCodes.hash(licenseKey)).orElseThrow(NotFoundException::new);
		LicensingStore.DeviceState row = this.store.deviceState(key, deviceId);
		LocalDate today = today();
		SubscriptionStatus status = SubscriptionStatus.of(key.subscriptionExpires(), this.settings.gracePeriod(), today);
		boolean active = "ACTIVE".equals(row.activationStatus());
		String reason = null;
		if (row.blacklisted()) {
			reason = "DEVICE_BLACKLISTED";
		}
		else if (!active) {
			reason = "NOT_ACTIVATED";
		}
		else if ((key.keyExpires() != null && today.isAfter(key.keyExpires())) || status == SubscriptionStatus.EXPIRED) {
			reason = "KEY_EXPIRED";
		}
		if (active) {
			this.checkIns.record(row.activationId(), this.clock.instant());
		}
		LocalDate expiresAt = (key.keyExpires() != null && key.keyExpires().isBefore(key.subscriptionExpires()))
				? key.keyExpires() : key.subscriptionExpires();
		return new CheckIn(reason == null, active ? "ACTIVE" : (row.activationStatus() != null) ? row.activationStatus()
				: "NOT_ACTIVATED", status, expiresAt, reason);
	}

	/** Frees the seat at once; an unknown key or device is {@link NotFoundException}. */
	@Transactional
	public void deactivate(String licenseKey, String deviceId) {
		Rows.Key key = this.store.keyByHash(KeyCodes.hash(licenseKey)).orElseThrow(NotFoundException::new);
		this.store.lockSubscription(key.subscriptionId());
		Rows.Activation activation = this.store.activation(key.id(), deviceId).orElseThrow(NotFoundException::new);
		if (this.store.deactivate(activation.id())) {
			this.store.countUse(key.id(), -1);
			this.audit.computer(key.accountId(), Actor.device(deviceId), AuditAction.COMPUTER_DEACTIVATED, activation,
					(c) -> c.field("status", "ACTIVE", "DEACTIVATED"));
		}
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
	}

	private static LocalDate expiresOn(Rows.Subscription subscription, Rows.Key key) {
		return (key.expiresOn() != null && key.expiresOn().isBefore(subscription.expirationDate())) ? key.expiresOn()
				: subscription.expirationDate();
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

	public record Activated(UUID activationId, boolean created, SubscriptionStatus subscriptionStatus,
			LocalDate expiresAt) {
	}

	public record CheckIn(boolean valid, String status, SubscriptionStatus subscriptionStatus, LocalDate expiresAt,
			String reason) {
	}

}
