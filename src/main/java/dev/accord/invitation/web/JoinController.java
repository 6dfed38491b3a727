package dev.accord.invitation.web;

import java.util.UUID;

import dev.accord.account.AccordUser;
import dev.accord.account.AccountService;
import dev.accord.account.AccountView;
import dev.accord.account.EmailNotVerifiedException;
import dev.accord.account.EmailVerificationService;
import dev.accord.account.SignIn;
import dev.accord.account.TwoStepSignIn;
import dev.accord.invitation.InvitationGoneException;
import dev.accord.invitation.JoinService;
import dev.accord.invitation.JoinView;
import dev.accord.invitation.Joined;
import dev.accord.invitation.WrongPasswordException;
import dev.accord.platform.Languages;
import dev.accord.platform.NotFoundException;
import dev.accord.platform.RateLimitedException;
import dev.accord.platform.ValidationException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The Join page behind the invitation link, in the invitation's language, with all its cases. */
@Controller
class JoinController {

	private final JoinService joins;

	private final AccountService accounts;

	private final SignIn signIn;

	private final Languages languages;

	private final EmailVerificationService verification;

	JoinController(JoinService joins, AccountService accounts, SignIn signIn, Languages languages,
			EmailVerificationService verification) {
		this.joins = joins;
		this.verification = verification;
		this.accounts = accounts;
		this.signIn = signIn;
		this.languages = languages;
	}

	@GetMapping("/join/{token}")
	String page(@PathVariable String token, @AuthenticationPrincipal AccordUser user, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		JoinView join = find(token);
		if (join == null || !join.isJoinable()) {
			return gone(join, request, response, model);
		}
		model.addAttribute("joinForm", new JoinForm());
		return show(join, token, user, request, model);
	}

	@PostMapping("/join/{token}")
	String join(@PathVariable String token, @AuthenticationPrincipal AccordUser user,
			@ModelAttribute("joinForm") JoinForm form, BindingResult result, Model model, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect) {
		JoinView join = find(token);
		if (join == null || !join.isJoinable()) {
			return gone(join, request, response, model);
		}
		this.languages.useForThisRequest(join.language(), request);
		try {
			Joined joined = accept(token, join, user, form, result);
			if (joined == null) {
				return show(join, token, user, request, model);
			}
			if (!this.signIn.signIn(joined.account(), request, response)) {
				return "redirect:" + TwoStepSignIn.PAGE;
			}
			redirect.addFlashAttribute("joined", join.companyName());
			return "redirect:/business/" + joined.businessAccountId() + "/dashboard";
		}
		catch (WrongPasswordException ex) {
			result.rejectValue("password", ex.messageKey());
		}
		catch (RateLimitedException ex) {
			tooManyAttempts(ex, model, response);
		}
		catch (ValidationException ex) {
			ex.fieldErrors().forEach(result::rejectValue);
		}
		catch (InvitationGoneException ex) {
			return gone(this.joins.lookup(token), request, response, model);
		}
		catch (EmailNotVerifiedException ex) {
			model.addAttribute("mustVerify", true);
			response.setStatus(HttpStatus.FORBIDDEN.value());
		}
		form.setPassword(null);
		form.setConfirmPassword(null);
		return show(join, token, user, request, model);
	}

	/**
	 * "Resend" on the Join page of an account whose email is not verified: a new verification link
	 * to the invited address (within the limits), then the same page again.
	 */
	@PostMapping("/join/{token}/verification")
	String resendVerification(@PathVariable String token, @AuthenticationPrincipal AccordUser user, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		JoinView join = find(token);
		if (join == null || !join.isJoinable()) {
			return gone(join, request, response, model);
		}
		this.languages.useForThisRequest(join.language(), request);
		try {
			this.verification.resendTo(join.email());
			model.addAttribute("verificationSent", true);
		}
		catch (RateLimitedException ex) {
			tooManyAttempts(ex, model, response);
		}
		model.addAttribute("mustVerify", true);
		model.addAttribute("joinForm", new JoinForm());
		return show(join, token, user, request, model);
	}

	/** The existing account's password was tried too often: the page says when to try again. */
	private static void tooManyAttempts(RateLimitedException ex, Model model, HttpServletResponse response) {
		model.addAttribute("joinError", ex.messageKey());
		model.addAttribute("joinErrorArgument", (ex.args().length > 0) ? ex.args()[0] : null);
		ex.retryAfterHeader().ifPresent((seconds) -> response.setHeader("Retry-After", seconds));
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
	}

	private Joined accept(String token, JoinView join, AccordUser user, JoinForm form, BindingResult result) {
		if (user != null) {
			AccountView me = this.accounts.get(user.id());
			if (!me.email().equals(join.email())) {
				return null;
			}
			return this.joins.acceptAsSignedIn(token, user.id());
		}
		if (!join.accountExists()) {
			NewAccountChecks.check(form, result);
			if (result.hasErrors()) {
				return null;
			}
		}
		else if (form.getPassword() == null || form.getPassword().isEmpty()) {
			result.rejectValue("password", "validation.required");
			return null;
		}
		return this.joins.accept(token, form.getPassword(), form.getFirstName(), form.getLastName());
	}

	private String show(JoinView join, String token, AccordUser user, HttpServletRequest request, Model model) {
		this.languages.useForThisRequest(join.language(), request);
		model.addAttribute("join", join);
		model.addAttribute("token", token);
		if (user != null) {
			AccountView me = this.accounts.get(user.id());
			model.addAttribute("signedInAs", me.email());
			model.addAttribute("signedInAsInvited", me.email().equals(join.email()));
			if (me.email().equals(join.email()) && !me.emailVerified()) {
				model.addAttribute("mustVerify", true);
			}
		}
		return "invitation/join";
	}

	private JoinView find(String token) {
		try {
			return this.joins.lookup(token);
		}
		catch (NotFoundException ex) {
			return null;
		}
	}

	private String gone(JoinView join, HttpServletRequest request, HttpServletResponse response, Model model) {
		if (join != null) {
			this.languages.useForThisRequest(join.language(), request);
		}
		model.addAttribute("join", join);
		model.addAttribute("reason", (join != null) ? join.goneReason() : "UNKNOWN");
		response.setStatus((join != null) ? HttpStatus.GONE.value() : HttpStatus.NOT_FOUND.value());
		return "invitation/join-gone";
	}

}
