package dev.accord.account.web;

import java.io.IOException;
import java.util.Optional;
import java.util.UUID;

import dev.accord.account.AccordUser;
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

/** The second step of signing in: a code from the authenticator app or a recovery code. */
@Controller
class TwoStepSignInController {

	private final TwoStepSignIn twoStep;

	private final TwoStepService codes;

	TwoStepSignInController(TwoStepSignIn twoStep, TwoStepService codes) {
		this.twoStep = twoStep;
		this.codes = codes;
	}

	@GetMapping(TwoStepSignIn.PAGE)
	String page(@AuthenticationPrincipal AccordUser user, @ModelAttribute("twoStepForm") TwoStepCodeForm form,
			HttpServletRequest request) {
		if (user != null) {
			return "redirect:/";
		}
		return this.twoStep.pending(request).isPresent() ? "account/two-step-signin" : "redirect:/signin?expired";
	}

	@PostMapping(TwoStepSignIn.PAGE)
	String verify(@Valid @ModelAttribute("twoStepForm") TwoStepCodeForm form, BindingResult result, Model model,
			HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
		Optional<UUID> pending = this.twoStep.pending(request);
		if (pending.isEmpty()) {
			return "redirect:/signin?expired";
		}
		if (result.hasErrors()) {
			return "account/two-step-signin";
		}
		try {
			if (this.codes.verify(pending.get(), form.getCode())) {
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
		return "account/two-step-signin";
	}

}
