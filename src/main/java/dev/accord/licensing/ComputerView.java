package dev.accord.licensing;

import java.time.Instant;
import java.util.UUID;

/** A computer activated with a key, as spec §2 lists it. */
public record ComputerView(UUID id, String deviceId, String computerName, String serialNumber, String macAddress,
		String ipAddress, String status, Instant activatedAt, Instant lastCheckInAt, String notes) {

	static ComputerView of(Activation a, boolean blacklisted) {
		return new ComputerView(a.id(), a.deviceId(), a.computerName(), a.serialNumber(), a.macAddress(), a.ipAddress(),
				blacklisted ? ComputerStatus.BLACKLISTED.name() : a.status().name(), a.activatedAt(), a.lastCheckInAt(),
				a.notes());
	}

}
