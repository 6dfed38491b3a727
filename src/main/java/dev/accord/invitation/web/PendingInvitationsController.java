package dev.accord.invitation.web;

import java.util.Optional;
import java.util.UUID;

import dev.accord.account.AccordUser;
import dev.accord.invitation.JoinService;
import dev.accord.invitation.Joined;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Pending invitations for the signed-in person's email, shown on the personal Dashboard with a
 * "Join company" button each.
 */
@Controller
@ControllerAdvice
class PendingInvitationsController {

	private final JoinService joins;

	PendingInvitationsController(JoinService joins) {
		this.joins = joins;
	}

	@ModelAttribute
	void pendingInvitations(HttpServletRequest request, Model model) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if ("/dashboard".equals(request.getRequestURI()) && "GET".equals(request.getMethod()) && authentication != null
				&& authentication.getPrincipal() instanceof AccordUser user) {
			model.addAttribute("pendingInvitations", this.joins.pendingFor(user.id()));
		}
	}

	@PostMapping("/invitations/{invitationId}/join")
	String join(@AuthenticationPrincipal AccordUser user, @PathVariable UUID invitationId,
			RedirectAttributes redirect) {
		Optional<Joined> joined = this.joins.joinPending(user.id(), invitationId);
		if (joined.isPresent()) {
			return "redirect:/business/" + joined.get().businessAccountId() + "/dashboard";
		}
		redirect.addFlashAttribute("joinLinkSent", true);
		return "redirect:/dashboard";
	}

}
