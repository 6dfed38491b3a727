package dev.accord.business.web;

import java.util.List;

import dev.accord.account.AccordUser;
import dev.accord.account.AccountService;
import dev.accord.account.AccountView;
import dev.accord.business.MembershipView;
import dev.accord.business.MembershipService;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.ui.Model;

/**
 * What the page header shows a signed-in person, read from the current state: their name and
 * email (user menu) and the business accounts they actively belong to (account switcher).
 */
@ControllerAdvice(basePackages = "dev.accord")
class LayoutAdvice {

	private final AccountService accounts;

	private final MembershipService memberships;

	LayoutAdvice(AccountService accounts, MembershipService memberships) {
		this.accounts = accounts;
		this.memberships = memberships;
	}

	@ModelAttribute
	void header(Model model, jakarta.servlet.http.HttpServletRequest request) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof AccordUser user)) {
			return;
		}
		AccountView me = this.accounts.find(user.id()).orElse(null);
		if (me == null) {
			return;
		}
		List<MembershipView> active = this.memberships.membershipsOf(user.id())
			.stream()
			.filter(MembershipView::isActive)
			.toList();
		model.addAttribute("me", me);
		model.addAttribute("switcher", active);
		boolean fullPage = "GET".equals(request.getMethod()) && request.getHeader("HX-Request") == null;
		if (fullPage && active.stream().anyMatch((m) -> m.roleNotice() != null)) {
			model.addAttribute("roleNotices", this.memberships.takeRoleNotices(user.id()));
		}
	}

}
