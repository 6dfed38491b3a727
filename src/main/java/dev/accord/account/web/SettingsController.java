package dev.accord.account.web;

import java.util.UUID;

import dev.accord.account.AccordUser;
import dev.accord.account.AccountService;
import dev.accord.account.AccountView;
import dev.accord.account.ApiTokenService;
import dev.accord.platform.Languages;
import dev.accord.platform.RateLimitedException;
import dev.accord.platform.ValidationException;
import dev.accord.shared.Language;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Personal Profile and Security Settings. */
@Controller
class SettingsController {

	private final AccountService accounts;

	private final ApiTokenService tokens;

	private final Languages languages;

	SettingsController(AccountService accounts, ApiTokenService tokens, Languages languages) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.languages = languages;
	}

	@GetMapping("/profile")
	String profile(@AuthenticationPrincipal AccordUser user, Model model) {
		AccountView account = this.accounts.get(user.id());
		ProfileForm form = new ProfileForm();
		form.setFirstName(account.firstName());
		form.setLastName(account.lastName());
		form.setLanguage(account.language().tag());
		model.addAttribute("form", form);
		model.addAttribute("account", account);
		return "account/profile";
	}

	@PostMapping("/profile")
	String saveProfile(@AuthenticationPrincipal AccordUser user, @Valid @ModelAttribute("form") ProfileForm form,
			BindingResult result, Model model, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		if (result.hasErrors() || Language.ofTag(form.getLanguage()).isEmpty()) {
			if (!result.hasFieldErrors("language") && Language.ofTag(form.getLanguage()).isEmpty()) {
				result.rejectValue("language", "validation.language");
			}
			model.addAttribute("account", this.accounts.get(user.id()));
			return "account/profile";
		}
		AccountView account = this.accounts.changeProfile(user.id(), form.getFirstName(), form.getLastName(),
				Language.fromTagOrDefault(form.getLanguage()));
		this.languages.use(account.language(), request, response);
		redirect.addFlashAttribute("saved", true);
		return "redirect:/profile";
	}

	@GetMapping("/security")
	String security(@AuthenticationPrincipal AccordUser user, Model model) {
		if (!model.containsAttribute("passwordForm")) {
			model.addAttribute("passwordForm", new PasswordForm());
		}
		return securityPage(user, model);
	}

	@PostMapping("/security/password")
	String changePassword(@AuthenticationPrincipal AccordUser user,
			@Valid @ModelAttribute("passwordForm") PasswordForm form, BindingResult result, Model model,
			HttpSession session, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.accounts.changePassword(user.id(), form.getCurrentPassword(), form.getNewPassword(), session.getId());
				redirect.addFlashAttribute("passwordChanged", true);
				return "redirect:/security";
			}
			catch (ValidationException ex) {
				ex.fieldErrors().forEach(result::rejectValue);
			}
			catch (RateLimitedException ex) {
				result.rejectValue("currentPassword", ex.messageKey(), ex.args(), null);
			}
		}
		return securityPage(user, model);
	}

	@PostMapping("/security/sessions/sign-out-others")
	String signOutOthers(@AuthenticationPrincipal AccordUser user, HttpSession session, RedirectAttributes redirect) {
		redirect.addFlashAttribute("sessionsEnded", this.accounts.signOutOtherSessions(user.id(), session.getId()));
		return "redirect:/security";
	}

	@PostMapping("/security/tokens")
	String createToken(@AuthenticationPrincipal AccordUser user, @Valid @ModelAttribute("tokenForm") TokenForm form,
			BindingResult result, Model model) {
		model.addAttribute("passwordForm", new PasswordForm());
		if (result.hasErrors()) {
			return securityPage(user, model);
		}
		model.addAttribute("createdToken", this.tokens.create(user.id(), form.getName().trim()));
		model.addAttribute("tokenForm", new TokenForm());
		return securityPage(user, model);
	}

	@PostMapping("/security/tokens/{id}/revoke")
	String revokeToken(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id, RedirectAttributes redirect) {
		this.tokens.revoke(user.id(), id);
		redirect.addFlashAttribute("tokenRevoked", true);
		return "redirect:/security";
	}

	private String securityPage(AccordUser user, Model model) {
		if (!model.containsAttribute("tokenForm")) {
			model.addAttribute("tokenForm", new TokenForm());
		}
		model.addAttribute("tokens", this.tokens.list(user.id()));
		model.addAttribute("sessionCount", this.accounts.sessionCount(user.id()));
		return "account/security";
	}

}
