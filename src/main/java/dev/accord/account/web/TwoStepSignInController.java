package dev.accord.account.web;

import java.io.IOException;
import java.util.Optional;
import java.util.UUID;

import dev.accord.account.AccordUser;
import dev.accord.account.EmailSignInCodes;
import dev.accord.account.TrustedDevices;
import dev.accord.account.TwoStepService;
import dev.accord.account.TwoStepSignIn;
import dev.accord.platform.RateLimitedException;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The second step of signing in: a code from the authenticator app, a recovery code, or a code by
 * email; "Verify this device" trusts the browser for 30 days.
 */
@Controller
class TwoStepSignInController {

	private final TwoStepSignIn twoStep;

	private final TwoStepService codes;

	private final EmailSignInCodes emailCodes;

	private final TrustedDevices devices;

	TwoStepSignInController(TwoStepSignIn twoStep, TwoStepService codes, EmailSignInCodes emailCodes,
			TrustedDevices devices) {
		this.twoStep = twoStep;
		this.codes = codes;
		this.emailCodes = emailCodes;
		this.devices = devices;
	}

	@GetMapping(TwoStepSignIn.PAGE)
	String page(@AuthenticationPrincipal AccordUser user, @ModelAttribute("twoStepForm") TwoStepCodeForm form,
			HttpServletRequest request, Model model) {
		if (user != null) {
			return "redirect:/";
		}
		Optional<UUID> pending = this.twoStep.pending(request);
		if (pending.isEmpty()) {
			return "redirect:/signin?expired";
		}
		return page(pending.get(), model);
	}

	/** "Email me a code instead": mails a code (throttled) and asks for it. */
	@PostMapping(TwoStepSignIn.PAGE + "/email")
	String emailCode(HttpServletRequest request, RedirectAttributes redirect) {
		Optional<UUID> pending = this.twoStep.pending(request);
		if (pending.isEmpty()) {
			return "redirect:/signin?expired";
		}
		redirect.addFlashAttribute("emailSent", this.emailCodes.send(pending.get()).name());
		return "redirect:" + TwoStepSignIn.PAGE + "?byEmail=true";
	}

	@PostMapping(TwoStepSignIn.PAGE)
	String verify(@Valid @ModelAttribute("twoStepForm") TwoStepCodeForm form, BindingResult result, Model model,
			HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
		Optional<UUID> pending = this.twoStep.pending(request);
		if (pending.isEmpty()) {
			return "redirect:/signin?expired";
		}
		if (result.hasErrors()) {
			return page(pending.get(), model);
		}
		try {
			boolean right = form.isByEmail() ? this.emailCodes.verify(pending.get(), form.getCode())
					: this.codes.verify(pending.get(), form.getCode());
			if (right) {
				if (form.isTrustDevice()) {
					this.devices.trust(pending.get(), request, response);
				}
				this.twoStep.complete(request, response, pending.get());
				return null;
			}
			result.rejectValue("code", "twoStep.code.wrong");
		}
		catch (RateLimitedException ex) {
			model.addAttribute("waitSeconds", ex.args()[0]);
			ex.retryAfterHeader().ifPresent((seconds) -> response.setHeader("Retry-After", seconds));
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		}
		return page(pending.get(), model);
	}

	private String page(UUID pending, Model model) {
		model.addAttribute("emailAvailable", this.emailCodes.available(pending));
		// A person whose second step is a passkey alone has no app code and no recovery codes to type.
		model.addAttribute("appAvailable", this.codes.status(pending).enabled());
		return "account/two-step-signin";
	}

}
