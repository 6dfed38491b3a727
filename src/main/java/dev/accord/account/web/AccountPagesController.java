package dev.accord.account.web;

import dev.accord.account.AccordUser;
import dev.accord.account.AccountService;
import dev.accord.account.AccountView;
import dev.accord.account.EmailTakenException;
import dev.accord.account.FailedSignIn;
import dev.accord.account.SignIn;
import dev.accord.account.SignUpForm;
import dev.accord.platform.Languages;
import dev.accord.shared.Language;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Sign in and sign up pages; sign-in itself and sign-out are handled by Spring Security. */
@Controller
class AccountPagesController {

	private final AccountService accounts;

	private final SignIn signIn;

	private final Languages languages;

	AccountPagesController(AccountService accounts, SignIn signIn, Languages languages) {
		this.accounts = accounts;
		this.signIn = signIn;
		this.languages = languages;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal AccordUser user) {
		return (user != null) ? "redirect:/dashboard" : "redirect:/signin";
	}

	/** The sign-in page; after a throttled attempt, {@code throttled} holds the seconds to wait. */
	@GetMapping("/signin")
	String signInPage(@AuthenticationPrincipal AccordUser user,
			@RequestParam(name = "throttled", required = false) String throttled, HttpServletRequest request,
			Model model) {
		if (user != null) {
			return "redirect:/dashboard";
		}
		model.addAttribute("email", FailedSignIn.takeEmail(request));
		if (throttled != null && throttled.matches("[1-9][0-9]{0,5}")) {
			model.addAttribute("waitSeconds", Long.parseLong(throttled));
		}
		return "account/signin";
	}

	@GetMapping("/signup")
	String signUpPage(@ModelAttribute("form") SignUpForm form, HttpServletRequest request) {
		form.setLanguage(Language.closest(this.languages.current(request)).orElse(Language.EN).tag());
		return "account/signup";
	}

	@PostMapping("/signup")
	String signUp(@Valid @ModelAttribute("form") SignUpForm form, BindingResult result, HttpServletRequest request,
			HttpServletResponse response) {
		if (!result.hasErrors()) {
			try {
				AccountView account = this.accounts.signUp(form.toSignUp());
				this.signIn.signIn(account, request, response);
				return "redirect:/dashboard";
			}
			catch (EmailTakenException ex) {
				result.rejectValue("email", "account.email.taken");
			}
		}
		form.setPassword(null);
		return "account/signup";
	}

}
