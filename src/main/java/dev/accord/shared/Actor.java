package dev.accord.shared;

import java.util.Objects;
import java.util.UUID;

/**
 * Who made a change: a person (by personal account id), an operator provisioning subscriptions,
 * a device calling the device API (by its device id), a business account's identity provider
 * (single sign-on or SCIM provisioning, by its name), or the system itself.
 */
public record Actor(Type type, String id) {

	public enum Type {

		PERSON, OPERATOR, DEVICE, PROVIDER, SYSTEM

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

	/**
	 * A business account's identity provider acting on its own (single sign-on, SCIM
	 * provisioning); {@code name} is how the audit log names it, e.g. {@code "SCIM"} or the
	 * provider's issuer host.
	 */
	public static Actor provider(String name) {
		return new Actor(Type.PROVIDER, Objects.requireNonNull(name, "name"));
	}

	public static Actor system() {
		return new Actor(Type.SYSTEM, null);
	}

	/** The personal account behind a person or operator; null for devices and the system. */
	public UUID userId() {
		return (this.type == Type.PERSON || this.type == Type.OPERATOR) ? UUID.fromString(this.id) : null;
	}

}
