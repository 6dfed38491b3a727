package dev.accord.account.web;

import java.util.List;
import java.util.Optional;

import dev.accord.account.AccordUser;
import dev.accord.account.Passkeys;
import dev.accord.account.Passkeys.PasskeyView;
import dev.accord.platform.Confirmation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A person's passkeys over the API and Remove in Security Settings (which asks first). Adding one is
 * Spring Security's WebAuthn ceremony, which the page's script runs.
 */
@Controller
@Tag(name = "Accounts")
class PasskeysController {

	private final Passkeys passkeys;

	PasskeysController(Passkeys passkeys) {
		this.passkeys = passkeys;
	}

	@GetMapping("/api/v1/me/passkeys")
	@ResponseBody
	@Operation(summary = "The caller's passkeys, newest first (never a key)")
	PasskeyList list(@AuthenticationPrincipal AccordUser user) {
		return new PasskeyList(this.passkeys.list(user.id()));
	}

	@DeleteMapping("/api/v1/me/passkeys/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Removes one of the caller's passkeys; another person's or an unknown id is 404")
	void remove(@AuthenticationPrincipal AccordUser user, @PathVariable String id) {
		this.passkeys.remove(user.id(), id);
	}

	@PostMapping("/security/passkeys/{id}/remove")
	String removeFromPage(@AuthenticationPrincipal AccordUser user, @PathVariable String id,
			@RequestParam(defaultValue = "false") boolean confirmed, Model model, RedirectAttributes redirect) {
		Optional<PasskeyView> passkey = this.passkeys.find(user.id(), id);
		if (passkey.isEmpty()) {
			// Removed since the page was shown (a second tab, a repeated click), or not the caller's.
			redirect.addFlashAttribute("passkeyGone", true);
			return "redirect:/security#passkeys";
		}
		if (!confirmed) {
			model.addAttribute(Confirmation.ATTRIBUTE,
					Confirmation.of("security.passkeys.remove.title", "security.passkeys.remove",
							"/security/passkeys/" + id + "/remove", "/security#passkeys")
						.say("security.passkeys.remove.what", passkey.get().name()));
			return Confirmation.view(false);
		}
		this.passkeys.remove(user.id(), id);
		redirect.addFlashAttribute("passkeyRemoved", true);
		return "redirect:/security#passkeys";
	}

	/** The caller's passkeys; all of them, so no {@code nextCursor}. */
	record PasskeyList(List<PasskeyView> items) {
	}

}
