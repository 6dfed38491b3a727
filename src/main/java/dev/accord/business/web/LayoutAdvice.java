package dev.accord.business.web;

import java.util.List;

import dev.accord.account.AccordUser;
import dev.accord.account.AccountService;
import dev.accord.account.AccountView;
import dev.accord.business.MembershipService;
import dev.accord.business.MembershipView;
import dev.accord.platform.PageLayout;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the page header shows a signed-in person, read from the current state: their name and
 * email (user menu) and the business accounts they actively belong to (account switcher).
 */
@ControllerAdvice(basePackages = "dev.accord")
class LayoutAdvice implements PageLayout {

	private final AccountService accounts;

	private final MembershipService memberships;

	LayoutAdvice(AccountService accounts, MembershipService memberships) {
		this.accounts = accounts;
		this.memberships = memberships;
	}

	@ModelAttribute
	void header(Model model, jakarta.servlet.http.HttpServletRequest request) {
		List<MembershipView> active = addHeader(model.asMap(), request);
		boolean fullPage = "GET".equals(request.getMethod()) && !HtmxRequest.fromRequest(request).isHtmxRequest();
		if (active != null && fullPage && active.stream().anyMatch((m) -> m.roleNotice() != null)) {
			model.addAttribute("roleNotices", this.memberships.takeRoleNotices(currentUser().id()));
		}
	}

	/** The header of an error page: the same person and switcher, no one-time notices. */
	@Override
	public void addTo(java.util.Map<String, Object> model, jakarta.servlet.http.HttpServletRequest request) {
		addHeader(model, request);
	}

	/** Adds the signed-in person and their active business accounts; null for a visitor. */
	private List<MembershipView> addHeader(java.util.Map<String, Object> model,
			jakarta.servlet.http.HttpServletRequest request) {
		AccordUser user = currentUser();
		AccountView me = (user != null) ? this.accounts.find(user.id()).orElse(null) : null;
		if (me == null) {
			return null;
		}
		List<MembershipView> active = this.memberships.membershipsOf(user.id())
			.stream()
			.filter(MembershipView::isActive)
			.toList();
		model.put("me", me);
		model.put("switcher", active);
		return active;
	}

	private static AccordUser currentUser() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.getPrincipal() instanceof AccordUser user) ? user : null;
	}

}
