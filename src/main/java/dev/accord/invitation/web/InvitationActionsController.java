package dev.accord.invitation.web;

import java.util.UUID;

import dev.accord.account.AccordUser;
import dev.accord.invitation.InvitationService;
import dev.accord.platform.RateLimitedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Resend and Revoke of a pending invitation on the Users page; both return to the page with a notice. */
@Controller
class InvitationActionsController {

	private final InvitationService invitations;

	InvitationActionsController(InvitationService invitations) {
		this.invitations = invitations;
	}

	@PostMapping("/business/{id}/invitations/{invitationId}/resend")
	String resend(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id, @PathVariable UUID invitationId,
			RedirectAttributes redirect) {
		try {
			redirect.addFlashAttribute("resent", this.invitations.resend(id, user.id(), invitationId).email());
		}
		catch (RateLimitedException ex) {
			redirect.addFlashAttribute("notice", ex.messageKey());
		}
		return "redirect:/business/" + id + "/users";
	}

	@PostMapping("/business/{id}/invitations/{invitationId}/revoke")
	String revoke(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id, @PathVariable UUID invitationId,
			RedirectAttributes redirect) {
		this.invitations.revoke(id, user.id(), invitationId);
		redirect.addFlashAttribute("revoked", true);
		return "redirect:/business/" + id + "/users";
	}

}
