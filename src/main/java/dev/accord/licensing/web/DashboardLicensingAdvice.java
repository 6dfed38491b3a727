package dev.accord.licensing.web;

import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.accord.account.AccordUser;
import dev.accord.licensing.KeyView;
import dev.accord.licensing.LicensingService;
import dev.accord.licensing.SubscriptionView;
import dev.accord.platform.AccordException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the business Dashboard shows of licensing: administrators see subscriptions with seat usage
 * and Register Key; License Administrators see their keys; Regular Members nothing of it.
 */
@ControllerAdvice
class DashboardLicensingAdvice {

	private static final Pattern DASHBOARD = Pattern.compile("^/business/([0-9a-fA-F-]{36})/dashboard$");

	private final LicensingService licensing;

	DashboardLicensingAdvice(LicensingService licensing) {
		this.licensing = licensing;
	}

	@ModelAttribute
	void licensing(HttpServletRequest request, Model model) {
		Matcher matcher = DASHBOARD.matcher(request.getRequestURI());
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (!"GET".equals(request.getMethod()) || !matcher.matches() || authentication == null
				|| !(authentication.getPrincipal() instanceof AccordUser user)) {
			return;
		}
		UUID account = UUID.fromString(matcher.group(1));
		try {
			List<SubscriptionView> subscriptions = this.licensing.subscriptions(account, user.id());
			List<KeyView> keys = this.licensing.keys(account, user.id());
			model.addAttribute("licensing", new DashboardLicensing(subscriptions, keys));
		}
		catch (AccordException ex) {
			// No licensing rights (or no access at all, which the Dashboard itself answers).
		}
	}

	record DashboardLicensing(List<SubscriptionView> subscriptions, List<KeyView> keys) {
	}

}
