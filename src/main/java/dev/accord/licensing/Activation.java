package dev.accord.licensing;

import java.time.Instant;
import java.util.UUID;

import dev.accord.platform.PlainText;
import dev.accord.platform.ValidationException;

/**
 * A computer activated with a key: active while it holds a seat, deactivated once it gave it back.
 * One activation per device and key; a deactivated computer that activates again gets its old
 * activation back.
 */
record Activation(UUID id, UUID keyId, UUID subscriptionId, String deviceId, String computerName,
		String serialNumber, String macAddress, String ipAddress, ActivationStatus status, Instant activatedAt,
		Instant lastCheckInAt, String notes) {

	static final int MAX_NOTES = 2000;

	/** A new active computer on the key. */
	static Activation activate(LicenseKey key, DeviceService.Device device, Instant now) {
		return new Activation(UUID.randomUUID(), key.id(), key.subscriptionId(), device.deviceId(), device.computerName(),
				device.serialNumber(), device.macAddress(), device.ipAddress(), ActivationStatus.ACTIVE, now, now, null);
	}

	boolean isActive() {
		return this.status == ActivationStatus.ACTIVE;
	}

	/** The same activation active again, with what the device tells now. */
	Activation reactivate(DeviceService.Device device, Instant now) {
		return new Activation(this.id, this.keyId, this.subscriptionId, this.deviceId, device.computerName(),
				device.serialNumber(), device.macAddress(), device.ipAddress(), ActivationStatus.ACTIVE, now, now,
				this.notes);
	}

	/** The computer on another key of the same subscription; only an active computer moves. */
	Activation moveTo(LicenseKey target) {
		if (!target.subscriptionId().equals(this.subscriptionId) || target.id().equals(this.keyId)) {
			throw ValidationException.of("licenseKeyId", "licensing.move.sameSubscription");
		}
		if (!isActive()) {
			throw ValidationException.of("licenseKeyId", "licensing.move.notPossible");
		}
		return new Activation(this.id, target.id(), this.subscriptionId, this.deviceId, this.computerName,
				this.serialNumber, this.macAddress, this.ipAddress, this.status, this.activatedAt, this.lastCheckInAt,
				this.notes);
	}

	/**
	 * The computer renamed and with new notes ({@code null}: unchanged; blank notes are cleared).
	 * The name is one line of at most 200 characters, the notes at most 2,000.
	 */
	Activation edit(String newName, String newNotes) {
		if (newName != null && (newName.isBlank() || newName.length() > Names.MAX)) {
			throw ValidationException.of("computerName", newName.isBlank() ? "validation.required" : "validation.tooLong.name");
		}
		if (newNotes != null && newNotes.length() > MAX_NOTES) {
			throw ValidationException.of("notes", "membership.notes.tooLong");
		}
		PlainText.requireSingleLine("computerName", newName);
		PlainText.requireMultiLine("notes", newNotes);
		String notes = (newNotes != null) ? (newNotes.isBlank() ? null : newNotes) : this.notes;
		return new Activation(this.id, this.keyId, this.subscriptionId, this.deviceId,
				(newName != null) ? newName.trim() : this.computerName, this.serialNumber, this.macAddress, this.ipAddress,
				this.status, this.activatedAt, this.lastCheckInAt, notes);
	}

	/** The notes as the audit log compares them: none and blank are the same. */
	String notesOrEmpty() {
		return (this.notes == null || this.notes.isBlank()) ? "" : this.notes;
	}

}
