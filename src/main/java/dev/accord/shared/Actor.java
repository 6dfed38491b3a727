package dev.accord.shared;

import java.util.Objects;
import java.util.UUID;

/**
 * Who made a change: a person (by personal account id), an operator provisioning subscriptions,
 * a device calling the device API (by its device id), or the system itself.
 */
public record Actor(Type type, String id) {

	public enum Type {

		PERSON, OPERATOR, DEVICE, SYSTEM

	}

	public Actor {
		Objects.requireNonNull(type, "type");
	}

	public static Actor person(UUID userId) {
		return new Actor(Type.PERSON, userId.toString());
	}

	public static Actor operator(UUID userId) {
		return new Actor(Type.OPERATOR, userId.toString());
	}

	public static Actor device(String deviceId) {
		return new Actor(Type.DEVICE, deviceId);
	}

	public static Actor system() {
		return new Actor(Type.SYSTEM, null);
	}

	/** The personal account behind a person or operator; null for devices and the system. */
	public UUID userId() {
		return (this.type == Type.PERSON || this.type == Type.OPERATOR) ? UUID.fromString(this.id) : null;
	}

}
