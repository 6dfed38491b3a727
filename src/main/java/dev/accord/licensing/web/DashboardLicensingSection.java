package dev.accord.licensing.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.accord.business.DashboardSection;
import dev.accord.licensing.KeyView;
import dev.accord.licensing.LicensingService;
import dev.accord.licensing.SubscriptionView;
import dev.accord.platform.AccordException;
import org.springframework.stereotype.Component;

/**
 * What the business Dashboard shows of licensing ({@code licensing} in the model): administrators
 * see subscriptions with seat usage and Register Key; License Administrators see their keys;
 * Regular Members nothing of it.
 */
@Component
class DashboardLicensingSection implements DashboardSection {

	private final LicensingService licensing;

	DashboardLicensingSection(LicensingService licensing) {
		this.licensing = licensing;
	}

	@Override
	public void contribute(UUID businessAccountId, UUID callerId, Map<String, Object> model) {
		try {
			List<SubscriptionView> subscriptions = this.licensing.subscriptions(businessAccountId, callerId);
			List<KeyView> keys = this.licensing.keys(businessAccountId, callerId);
			model.put("licensing", new DashboardLicensing(subscriptions, keys));
		}
		catch (AccordException ex) {
			// No licensing rights: the Dashboard shows no licensing section.
		}
	}

	/** The Dashboard's licensing section. */
	record DashboardLicensing(List<SubscriptionView> subscriptions, List<KeyView> keys) {
	}

}
