package dev.accord.invitation.web;

import java.util.UUID;

import dev.accord.account.AccordUser;
import dev.accord.invitation.InvitationNotPendingException;
import dev.accord.invitation.InvitationQueries;
import dev.accord.invitation.InvitationService;
import dev.accord.invitation.InvitationView;
import dev.accord.platform.Confirmation;
import dev.accord.platform.RateLimitedException;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxViewResolver;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Resend and Revoke of a pending invitation on the Users page; both return to the page with a notice.
 * Revoke asks first: without {@code confirmed=true} it only says what will happen.
 */
@Controller
class InvitationActionsController {

	private final InvitationService invitations;

	private final InvitationQueries queries;

	private final UsersPage page;

	InvitationActionsController(InvitationService invitations, InvitationQueries queries, UsersPage page) {
		this.invitations = invitations;
		this.queries = queries;
		this.page = page;
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
			@RequestParam(defaultValue = "false") boolean confirmed, HtmxRequest htmx, Model model,
			RedirectAttributes redirect) {
		String users = "/business/" + id + "/users";
		InvitationView pending = this.queries.pending(id, user.id(), invitationId).orElse(null);
		if (pending == null) {
			// Accepted, revoked or expired since the page was shown (a second tab, a repeated click).
			redirect.addFlashAttribute("notice", "users.pending.gone");
			return redirect(htmx, users);
		}
		if (!confirmed) {
			this.page.context(id, user, model);
			model.addAttribute(Confirmation.ATTRIBUTE, Confirmation
				.of("users.pending.revoke.title", "users.pending.revoke", "/business/" + id + "/invitations/" + invitationId + "/revoke", users)
				.say("users.pending.revoke.what", pending.email()));
			return Confirmation.view(htmx.isHtmxRequest());
		}
		try {
			this.invitations.revoke(id, user.id(), invitationId);
		}
		catch (InvitationNotPendingException ex) {
			redirect.addFlashAttribute("notice", "users.pending.gone");
			return redirect(htmx, users);
		}
		redirect.addFlashAttribute("revoked", true);
		return redirect(htmx, users);
	}

	private static String redirect(HtmxRequest htmx, String path) {
		return (htmx.isHtmxRequest() ? HtmxViewResolver.REDIRECT_URL_PREFIX : "redirect:") + path;
	}

}
