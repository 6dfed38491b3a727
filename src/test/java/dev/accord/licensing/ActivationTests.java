package dev.accord.licensing;

import java.time.Instant;
import java.util.UUID;

import dev.accord.platform.ValidationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An activation's state changes: activate, reactivate, move, edit. */
class ActivationTests {

	private static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");

	private final LicenseKey key = LicenseKey.create(UUID.randomUUID(), UUID.randomUUID(), KeyType.DYNAMIC, "Berlin", 3,
			null);

	@Test
	void aNewActivationIsActiveOnItsKeySinceNow() {
		Activation a = Activation.activate(this.key, device("PC-1"), NOW);

		assertThat(a.isActive()).isTrue();
		assertThat(a.keyId()).isEqualTo(this.key.id());
		assertThat(a.subscriptionId()).isEqualTo(this.key.subscriptionId());
		assertThat(a.activatedAt()).isEqualTo(NOW);
		assertThat(a.lastCheckInAt()).isEqualTo(NOW);
	}

	@Test
	void aReactivatedComputerKeepsItsIdAndNotesAndTakesWhatTheDeviceTellsNow() {
		Activation old = deactivated(Activation.activate(this.key, device("PC-1"), NOW).edit(null, "Desk 4"));

		Activation again = old.reactivate(device("PC-1 renamed"), NOW.plusSeconds(60));

		assertThat(again.isActive()).isTrue();
		assertThat(again.id()).isEqualTo(old.id());
		assertThat(again.computerName()).isEqualTo("PC-1 renamed");
		assertThat(again.notes()).isEqualTo("Desk 4");
		assertThat(again.activatedAt()).isEqualTo(NOW.plusSeconds(60));
	}

	@Test
	void onlyAnActiveComputerMovesAndOnlyToAnotherKeyOfItsSubscription() {
		Activation a = Activation.activate(this.key, device("PC-1"), NOW);
		LicenseKey sibling = LicenseKey.create(this.key.subscriptionId(), null, KeyType.RESERVED, "Munich", 1, null);
		LicenseKey stranger = LicenseKey.create(UUID.randomUUID(), null, KeyType.RESERVED, "Paris", 1, null);

		assertThat(a.moveTo(sibling).keyId()).isEqualTo(sibling.id());
		assertRefused(() -> a.moveTo(stranger), "licensing.move.sameSubscription");
		assertRefused(() -> a.moveTo(this.key), "licensing.move.sameSubscription");
		assertRefused(() -> deactivated(a).moveTo(sibling), "licensing.move.notPossible");
	}

	@Test
	void editingTrimsTheNameClearsBlankNotesAndLeavesOutWhatIsNotGiven() {
		Activation a = Activation.activate(this.key, device("PC-1"), NOW).edit(null, "Desk 4");

		assertThat(a.edit("  Reception  ", null).computerName()).isEqualTo("Reception");
		assertThat(a.edit("  Reception  ", null).notes()).isEqualTo("Desk 4");
		assertThat(a.edit(null, "   ").notes()).isNull();
		assertThat(a.edit(null, "   ").notesOrEmpty()).isEmpty();
		assertThatThrownBy(() -> a.edit(" ", null)).isInstanceOfSatisfying(ValidationException.class,
				(ex) -> assertThat(ex.fieldErrors()).containsEntry("computerName", "validation.required"));
		assertThatThrownBy(() -> a.edit(null, "n".repeat(2001))).isInstanceOfSatisfying(ValidationException.class,
				(ex) -> assertThat(ex.fieldErrors()).containsEntry("notes", "membership.notes.tooLong"));
	}

	private static Activation deactivated(Activation a) {
		return new Activation(a.id(), a.keyId(), a.subscriptionId(), a.deviceId(), a.computerName(), a.serialNumber(),
				a.macAddress(), a.ipAddress(), ActivationStatus.DEACTIVATED, a.activatedAt(), a.lastCheckInAt(), a.notes());
	}

	private static DeviceService.Device device(String name) {
		return new DeviceService.Device("device-1", name, null, null, "10.0.0.1");
	}

	private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
		assertThatThrownBy(call).isInstanceOfSatisfying(ValidationException.class,
				(ex) -> assertThat(ex.fieldErrors()).containsEntry("licenseKeyId", key));
	}

}
