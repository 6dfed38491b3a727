package dev.accord.licensing;

/**
 * What an activation says of its computer: holding a seat, or not (deactivated by the device, an
 * administrator, a blacklisting or the deletion of its key). Stored by name in
 * {@code activation.status}; {@link Activations} is the one place that maps it.
 */
enum ActivationStatus {

	ACTIVE, DEACTIVATED

}
