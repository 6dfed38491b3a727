package dev.accord.licensing.web;

import java.util.List;

/**
 * A subscription's settings on the Subscriptions page: its name and the auto-renew switch
 * ({@code null}: left as they are). The page sends a hidden {@code autoRenew=off} before the
 * checkbox, so a browser sends {@code off} alone when the switch is off and {@code off, on} when it
 * is on.
 */
record SubscriptionForm(String name, List<String> autoRenew) {

	/** On when any value is {@code on} or {@code true}, off for other values, unchanged when absent. */
	Boolean autoRenewOrNull() {
		if (this.autoRenew == null || this.autoRenew.isEmpty()) {
			return null;
		}
		return this.autoRenew.contains("on") || this.autoRenew.contains("true");
	}

}
