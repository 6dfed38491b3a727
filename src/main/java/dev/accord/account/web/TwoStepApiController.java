package dev.accord.account.web;

import dev.accord.account.AccordUser;
import dev.accord.account.TwoStepService;
import dev.accord.account.TwoStepService.TwoStepView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Whether the caller has two-step verification; setting it up needs the pages (a QR code, a code typed). */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Accounts")
class TwoStepApiController {

	private final TwoStepService twoStep;

	TwoStepApiController(TwoStepService twoStep) {
		this.twoStep = twoStep;
	}

	@GetMapping("/me/two-step")
	@Operation(summary = "Whether two-step verification with an authenticator app is on, since when, and how many "
			+ "recovery codes are left")
	TwoStepView twoStep(@AuthenticationPrincipal AccordUser user) {
		return this.twoStep.status(user.id());
	}

}
