package dev.accord.account.web;

import java.util.List;
import java.util.function.Supplier;

import dev.accord.account.AccordUser;
import dev.accord.account.TwoStepService;
import dev.accord.account.TwoStepService.TotpSetup;
import dev.accord.platform.RateLimitedException;
import dev.accord.platform.ValidationException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
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

/**
 * Two-step verification in Security Settings: the setup page (QR code, key, a code to confirm),
 * the recovery codes shown once, and the pages for new recovery codes and turning it off.
 */
@Controller
class TwoStepSettingsController {

	/** The pages that ask for the password and a code, by their path. */
	private static final List<String> IDENTITY_ACTIONS = List.of("recovery-codes", "turn-off");

	private final TwoStepService twoStep;

	TwoStepSettingsController(TwoStepService twoStep) {
		this.twoStep = twoStep;
	}

	/** Shows the setup started, or starts one (a link or a reload lands here too). */
	@GetMapping("/security/two-step/setup")
	String setupPage(@AuthenticationPrincipal AccordUser user, @ModelAttribute("twoStepForm") TwoStepCodeForm form,
			Model model) {
		var setup = this.twoStep.pendingSetup(user.id()).or(() -> this.twoStep.startSetup(user.id()));
		if (setup.isEmpty()) {
			return "redirect:/security";
		}
		return setupPage(setup.get(), model);
	}

	/** A new setup: a new key, replacing one not confirmed yet. */
	@PostMapping("/security/two-step/setup")
	String startSetup(@AuthenticationPrincipal AccordUser user) {
		this.twoStep.startSetup(user.id());
		return "redirect:/security/two-step/setup";
	}

	@PostMapping("/security/two-step/confirm")
	String confirm(@AuthenticationPrincipal AccordUser user, @Valid @ModelAttribute("twoStepForm") TwoStepCodeForm form,
			BindingResult result, Model model, HttpServletResponse response) {
		var setup = this.twoStep.pendingSetup(user.id());
		if (setup.isEmpty()) {
			return "redirect:/security";
		}
		if (!result.hasErrors()) {
			List<String> codes = attempt(() -> this.twoStep.confirm(user.id(), form.getCode()), result, response);
			if (codes != null) {
				return codesPage(codes, model);
			}
		}
		return setupPage(setup.get(), model);
	}

	@GetMapping("/security/two-step/{action:recovery-codes|turn-off}")
	String identityPage(@AuthenticationPrincipal AccordUser user, @PathVariable String action,
			@ModelAttribute("identityForm") TwoStepIdentityForm form, Model model) {
		if (!this.twoStep.status(user.id()).enabled()) {
			return "redirect:/security";
		}
		model.addAttribute("action", action);
		return "account/two-step-identity";
	}

	@PostMapping("/security/two-step/recovery-codes")
	String newRecoveryCodes(@AuthenticationPrincipal AccordUser user,
			@Valid @ModelAttribute("identityForm") TwoStepIdentityForm form, BindingResult result, Model model,
			HttpServletResponse response) {
		if (!this.twoStep.status(user.id()).enabled()) {
			return "redirect:/security";
		}
		if (!result.hasErrors()) {
			List<String> codes = attempt(
					() -> this.twoStep.newRecoveryCodes(user.id(), form.getPassword(), form.getCode()), result, response);
			if (codes != null) {
				return codesPage(codes, model);
			}
		}
		model.addAttribute("action", IDENTITY_ACTIONS.get(0));
		return "account/two-step-identity";
	}

	@PostMapping("/security/two-step/turn-off")
	String turnOff(@AuthenticationPrincipal AccordUser user,
			@Valid @ModelAttribute("identityForm") TwoStepIdentityForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (!this.twoStep.status(user.id()).enabled()) {
			return "redirect:/security";
		}
		if (!result.hasErrors() && attempt(() -> {
			this.twoStep.turnOff(user.id(), form.getPassword(), form.getCode());
			return true;
		}, result, response) != null) {
			redirect.addFlashAttribute("twoStepTurnedOff", true);
			return "redirect:/security";
		}
		model.addAttribute("action", IDENTITY_ACTIONS.get(1));
		return "account/two-step-identity";
	}

	/** The action's result, or null with its field errors (or the wait, answered 429) in the form. */
	private static <T> T attempt(Supplier<T> action, BindingResult result, HttpServletResponse response) {
		try {
			return action.get();
		}
		catch (ValidationException ex) {
			ex.fieldErrors().forEach(result::rejectValue);
		}
		catch (RateLimitedException ex) {
			result.rejectValue("code", "twoStep.throttled", ex.args(), null);
			ex.retryAfterHeader().ifPresent((seconds) -> response.setHeader("Retry-After", seconds));
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		}
		return null;
	}

	private static String setupPage(TotpSetup setup, Model model) {
		model.addAttribute("setup", setup);
		return "account/two-step-setup";
	}

	private static String codesPage(List<String> codes, Model model) {
		model.addAttribute("recoveryCodes", codes);
		return "account/two-step-recovery-codes";
	}

}
