package dev.accord.account.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import dev.accord.account.AccordUser;
import dev.accord.account.EmailAlreadyVerifiedException;
import dev.accord.account.EmailChangeService;
import dev.accord.account.EmailVerificationService;
import dev.accord.account.SignIn;
import dev.accord.platform.RateLimitedException;
import dev.accord.platform.ValidationException;
import dev.accord.shared.EmailAddress;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages behind the mailed links (verify the email, confirm a new one), the banner's "Resend",
 * and the change-email form of Personal Profile. A link's page only shows a button: following the
 * link changes nothing until the person presses it (mail scanners open links too).
 */
@Controller
class EmailPagesController {

	private final EmailVerificationService verification;

	private final EmailChangeService changes;

	private final SignIn signIn;

	EmailPagesController(EmailVerificationService verification, EmailChangeService changes, SignIn signIn) {
		this.verification = verification;
		this.changes = changes;
		this.signIn = signIn;
	}

	@GetMapping("/verify-email")
	String verifyPage(@RequestParam(defaultValue = "") String token, Model model, HttpServletResponse response) {
		boolean usable = this.verification.isUsable(token);
		model.addAttribute("usable", usable);
		model.addAttribute("verified", false);
		model.addAttribute("token", token);
		if (!usable) {
			response.setStatus(HttpStatus.GONE.value());
		}
		return "account/verify-email";
	}

	@PostMapping("/verify-email")
	String verify(@RequestParam(defaultValue = "") String token, Model model, HttpServletResponse response) {
		boolean verified = this.verification.verify(token).isPresent();
		model.addAttribute("verified", verified);
		model.addAttribute("usable", false);
		if (!verified) {
			response.setStatus(HttpStatus.GONE.value());
		}
		return "account/verify-email";
	}

	/** "Resend" in the banner: back to the page it was pressed on, saying what happened. */
	@PostMapping("/email-verification/resend")
	String resend(@AuthenticationPrincipal AccordUser user, @RequestHeader(name = "Referer", required = false) String referer,
			HttpServletRequest request, RedirectAttributes redirect) {
		try {
			this.verification.resend(user.id());
			redirect.addFlashAttribute("verificationSent", true);
		}
		catch (RateLimitedException ex) {
			redirect.addFlashAttribute("verificationError", ex.messageKey());
			redirect.addFlashAttribute("verificationErrorArgument", (ex.args().length > 0) ? ex.args()[0] : null);
		}
		catch (EmailAlreadyVerifiedException ex) {
			// Verified in another tab meanwhile: the banner is gone, nothing to say.
		}
		return "redirect:" + backTo(referer, request);
	}

	@PostMapping("/profile/email")
	String requestChange(@AuthenticationPrincipal AccordUser user, @ModelAttribute("emailForm") EmailChangeForm form,
			RedirectAttributes redirect) {
		Map<String, String> errors = form.missing();
		if (errors.isEmpty()) {
			try {
				this.changes.request(user.id(), form.getNewEmail(), form.getPassword());
				redirect.addFlashAttribute("emailChangeSent", form.getNewEmail().trim());
				return "redirect:/profile#email-change";
			}
			catch (ValidationException ex) {
				errors = new LinkedHashMap<>(ex.fieldErrors());
			}
			catch (RateLimitedException ex) {
				redirect.addFlashAttribute("emailChangeError", ex.messageKey());
				redirect.addFlashAttribute("emailChangeErrorArgument", (ex.args().length > 0) ? ex.args()[0] : null);
			}
		}
		String shown = form.getNewEmail();
		redirect.addFlashAttribute(EmailChangeForm.SHOWN,
				(shown != null && shown.length() <= EmailAddress.MAX_LENGTH) ? shown : "");
		redirect.addFlashAttribute(EmailChangeForm.ERRORS, new LinkedHashMap<>(errors));
		return "redirect:/profile#email-change";
	}

	@GetMapping("/change-email")
	String changePage(@RequestParam(defaultValue = "") String token, Model model, HttpServletResponse response) {
		String address = this.changes.pendingAddress(token).orElse(null);
		model.addAttribute("newEmail", address);
		model.addAttribute("token", token);
		model.addAttribute("outcome", (address != null) ? null : EmailChangeService.Outcome.UNUSABLE);
		if (address == null) {
			response.setStatus(HttpStatus.GONE.value());
		}
		return "account/change-email";
	}

	@PostMapping("/change-email")
	String change(@RequestParam(defaultValue = "") String token, @AuthenticationPrincipal AccordUser user, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		UUID signedIn = (user != null) ? user.id() : null;
		String sessionId = (request.getSession(false) != null) ? request.getSession(false).getId() : null;
		EmailChangeService.Confirmed confirmed = this.changes.confirm(token, signedIn, sessionId);
		model.addAttribute("outcome", confirmed.outcome());
		if (confirmed.outcome() == EmailChangeService.Outcome.CHANGED) {
			model.addAttribute("newEmail", confirmed.account().email());
			if (confirmed.account().id().equals(signedIn)) {
				// The session is indexed by the email it signed in with: sign in again under the new one.
				this.signIn.signIn(confirmed.account(), request, response);
				model.addAttribute("stillSignedIn", true);
			}
		}
		else {
			response.setStatus((confirmed.outcome() == EmailChangeService.Outcome.TAKEN) ? HttpStatus.CONFLICT.value()
					: HttpStatus.GONE.value());
		}
		return "account/change-email";
	}

	/** The local page a Referer names, or the Dashboard. */
	static String backTo(String referer, HttpServletRequest request) {
		if (referer != null && referer.length() < 2000) {
			try {
				URI uri = URI.create(referer);
				boolean local = uri.getHost() == null || uri.getHost().equalsIgnoreCase(request.getServerName());
				String path = uri.getRawPath();
				if (local && path != null && path.matches("/[A-Za-z0-9/_.-]*") && !path.startsWith("//")) {
					return path + ((uri.getRawQuery() != null && uri.getRawQuery().matches("[A-Za-z0-9=&%_.-]*"))
							? "?" + uri.getRawQuery() : "");
				}
			}
			catch (IllegalArgumentException ex) {
				// not a URI: go to the Dashboard
			}
		}
		return "/dashboard";
	}

}
