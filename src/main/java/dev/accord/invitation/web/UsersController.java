package dev.accord.invitation.web;

import java.util.UUID;

import dev.accord.account.AccordUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/** Business Account Users: members (searched, filtered, sorted) and pending invitations, a page of each. */
@Controller
class UsersController {

	private final UsersPage page;

	UsersController(UsersPage page) {
		this.page = page;
	}

	/** A filter value that is not one of the choices is ignored (its binding error is not shown). */
	@GetMapping("/business/{id}/users")
	String users(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id,
			@ModelAttribute("usersFilter") UsersFilter filter, BindingResult ignored, Model model) {
		this.page.context(id, user, model);
		this.page.lists(id, user, filter, model);
		model.addAttribute("q", filter.search());
		return UsersPage.VIEW;
	}

}
