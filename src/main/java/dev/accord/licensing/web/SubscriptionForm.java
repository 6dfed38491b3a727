package dev.accord.licensing.web;

/**
 * A subscription's settings on the Subscriptions page: its name and the auto-renew switch
 * ({@code null}: left as they are).
 */
record SubscriptionForm(String name, String autoRenew) {

	/** On for {@code on} or {@code true}, off for any other value, unchanged when absent. */
	Boolean autoRenewOrNull() {
		return (this.autoRenew != null) ? Boolean.valueOf("on".equals(this.autoRenew) || "true".equals(this.autoRenew))
				: null;
	}

}
