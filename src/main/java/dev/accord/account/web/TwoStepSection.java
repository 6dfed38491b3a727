package dev.accord.account.web;

import dev.accord.account.AccordUser;
import dev.accord.account.TwoStepService;
import dev.accord.account.TwoStepService.TwoStepView;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The two-step verification section of Security Settings reads {@code twoStep}: on or off, codes left. */
@ControllerAdvice(assignableTypes = SettingsController.class)
class TwoStepSection {

	private final TwoStepService twoStep;

	TwoStepSection(TwoStepService twoStep) {
		this.twoStep = twoStep;
	}

	@ModelAttribute("twoStep")
	TwoStepView twoStep(@AuthenticationPrincipal AccordUser user) {
		return (user != null) ? this.twoStep.status(user.id()) : new TwoStepView(false, 0, null);
	}

}
