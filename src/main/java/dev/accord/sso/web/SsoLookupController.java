package dev.accord.sso.web;

import dev.accord.sso.SsoRoutes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Email first, with JavaScript: the sign-in page asks (htmx) whether the typed email's domain uses
 * single sign-on and shows "Continue with your company's sign-in". The answer is the domain's, the
 * same for every address of it: it tells nothing about a person.
 */
@Controller
class SsoLookupController {

	private final SsoRoutes routes;

	SsoLookupController(SsoRoutes routes) {
		this.routes = routes;
	}

	@GetMapping("/signin/sso")
	String lookup(@RequestParam(required = false) String email, Model model) {
		this.routes.routeFor(email).ifPresent((route) -> model.addAttribute("ssoRoute", route));
		return "sso/signin-sso :: choice";
	}

}
