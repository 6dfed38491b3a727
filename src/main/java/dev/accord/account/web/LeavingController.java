package dev.accord.account.web;

import dev.accord.account.AccordUser;
import dev.accord.account.AccountDeletion;
import dev.accord.platform.AccordException;
import dev.accord.platform.RateLimitedException;
import dev.accord.platform.ValidationException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Security Settings → Delete account: what goes and what stays, the password (and a two-step code
 * when the person has one), and then the sign-in page saying the account is gone.
 */
@Controller
class LeavingController {

	private final AccountDeletion deletion;

	LeavingController(AccountDeletion deletion) {
		this.deletion = deletion;
	}

	@GetMapping("/account/leaving")
	String page(Authentication authentication, Model model) {
		model.addAttribute("form", new LeavingForm());
		return page(user(authentication), model);
	}

	@PostMapping("/account/leaving")
	String delete(Authentication authentication, @Valid @ModelAttribute("form") LeavingForm form, BindingResult result,
			Model model, HttpServletRequest request, HttpServletResponse response) {
		AccordUser user = user(authentication);
		if (!result.hasErrors()) {
			try {
				this.deletion.delete(user.id(), form.getPassword(), form.getCode());
				// The session's row is gone already; ending it here keeps anything from writing to it again.
				new SecurityContextLogoutHandler().logout(request, response, authentication);
				return "redirect:/signin?deleted";
			}
			catch (ValidationException ex) {
				ex.fieldErrors().forEach(result::rejectValue);
			}
			catch (RateLimitedException ex) {
				result.rejectValue("password", ex.messageKey(), ex.args(), null);
			}
			catch (AccordException ex) {
				model.addAttribute("refusal", ex);
			}
		}
		return page(user, model);
	}

	private String page(AccordUser user, Model model) {
		model.addAttribute("needsCode", this.deletion.needsCode(user.id()));
		return "account/leaving";
	}

	private static AccordUser user(Authentication authentication) {
		return (AccordUser) authentication.getPrincipal();
	}

}
