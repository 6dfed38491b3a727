package dev.accord.account.web;

import java.util.UUID;

import dev.accord.account.AccordUser;
import dev.accord.account.SessionService;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Security Settings → Sessions: sign out one of the other sessions (the list is on the page). */
@Controller
class SessionsController {

	private final SessionService sessions;

	SessionsController(SessionService sessions) {
		this.sessions = sessions;
	}

	@PostMapping("/security/sessions/{id}/sign-out")
	String signOut(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id, RedirectAttributes redirect) {
		this.sessions.signOut(user.id(), id);
		redirect.addFlashAttribute("sessionSignedOut", true);
		return "redirect:/security#sessions";
	}

}
