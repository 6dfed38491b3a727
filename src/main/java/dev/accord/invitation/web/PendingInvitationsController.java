package dev.accord.invitation.web;

import java.util.UUID;

import dev.accord.account.AccordUser;
import dev.accord.account.EmailNotVerifiedException;
import dev.accord.invitation.JoinService;
import dev.accord.invitation.Joined;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Join company" on the personal Dashboard, for each pending invitation of the signed-in person's
 * email ({@link PendingInvitationsSection} lists them there); a person whose email is not verified
 * yet is sent back, told to verify it first.
 */
@Controller
class PendingInvitationsController {

	private final JoinService joins;

	PendingInvitationsController(JoinService joins) {
		this.joins = joins;
	}

	@PostMapping("/invitations/{invitationId}/join")
	String join(@AuthenticationPrincipal AccordUser user, @PathVariable UUID invitationId,
			RedirectAttributes redirect) {
		try {
			Joined joined = this.joins.joinPending(user.id(), invitationId);
			return "redirect:/business/" + joined.businessAccountId() + "/dashboard";
		}
		catch (EmailNotVerifiedException ex) {
			redirect.addFlashAttribute("verifyToJoin", true);
			return "redirect:/dashboard";
		}
	}

}
