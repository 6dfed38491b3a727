package dev.accord.business.web;

import java.util.List;
import java.util.UUID;

import dev.accord.account.AccordUser;
import dev.accord.business.AdministeredKeys;
import dev.accord.business.BusinessAccess;
import dev.accord.business.BusinessAccountService;
import dev.accord.business.BusinessAccountView;
import dev.accord.business.LastAdministratorException;
import dev.accord.business.MemberChange;
import dev.accord.business.MemberView;
import dev.accord.business.MembershipAdministration;
import dev.accord.business.MembershipStatus;
import dev.accord.business.Role;
import dev.accord.platform.Confirmation;
import dev.accord.platform.NotFoundException;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.validation.Valid;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The membership dialog: Role, Notes, Save; Block / Unblock; Remove from account. Block and Remove
 * ask first (a post without {@code confirmed=true} changes nothing and shows what will happen). In
 * the dialog (htmx) a saved change shows the dialog again with a notice; without JavaScript the
 * Users page does.
 */
@Controller
class MemberPagesController {

	private final MembershipAdministration administration;

	private final BusinessAccess access;

	private final BusinessAccountService businesses;

	private final AdministeredKeys administeredKeys;

	MemberPagesController(MembershipAdministration administration, BusinessAccess access,
			BusinessAccountService businesses, ObjectProvider<AdministeredKeys> administeredKeys) {
		this.administration = administration;
		this.access = access;
		this.businesses = businesses;
		this.administeredKeys = administeredKeys.getIfAvailable(() -> (account, member) -> List.of());
	}

	@GetMapping("/business/{id}/users/{userId}")
	String dialog(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id, @PathVariable UUID userId,
			HtmxRequest htmx, Model model) {
		MemberView member = context(id, userId, user, model);
		MemberForm form = new MemberForm();
		form.setRole(member.role().name());
		form.setNotes(member.notes());
		model.addAttribute("memberForm", form);
		return view(htmx);
	}

	@PostMapping("/business/{id}/users/{userId}")
	String save(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id, @PathVariable UUID userId,
			@Valid @ModelAttribute("memberForm") MemberForm form, BindingResult result,
			HtmxRequest htmx, Model model, RedirectAttributes redirect) {
		context(id, userId, user, model);
		if (result.hasErrors()) {
			return view(htmx);
		}
		String notes = (form.getNotes() != null) ? form.getNotes() : "";
		return act(id, userId, htmx, model, redirect, "membership.saved", () -> this.administration.change(id,
				user.id(), userId, new MemberChange(form.toRole(), notes, null)));
	}

	@PostMapping("/business/{id}/users/{userId}/block")
	String block(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id, @PathVariable UUID userId,
			@RequestParam(defaultValue = "false") boolean confirmed, HtmxRequest htmx, Model model,
			RedirectAttributes redirect) {
		if (!confirmed) {
			return ask(user, id, userId, "block", htmx, model, redirect);
		}
		return status(user, id, userId, MembershipStatus.BLOCKED, "membership.blocked", htmx, model, redirect);
	}

	@PostMapping("/business/{id}/users/{userId}/unblock")
	String unblock(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id, @PathVariable UUID userId,
			HtmxRequest htmx, Model model, RedirectAttributes redirect) {
		return status(user, id, userId, MembershipStatus.ACTIVE, "membership.unblocked", htmx, model, redirect);
	}

	@GetMapping("/business/{id}/users/{userId}/remove")
	String confirmRemoval(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id, @PathVariable UUID userId,
			HtmxRequest htmx, Model model, RedirectAttributes redirect) {
		return ask(user, id, userId, "remove", htmx, model, redirect);
	}

	@PostMapping("/business/{id}/users/{userId}/remove")
	String remove(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id, @PathVariable UUID userId,
			@RequestParam(defaultValue = "false") boolean confirmed, HtmxRequest htmx, Model model,
			RedirectAttributes redirect) {
		if (!confirmed) {
			return ask(user, id, userId, "remove", htmx, model, redirect);
		}
		caller(id, user, model);
		MemberView member;
		try {
			member = member(id, userId, user, model);
		}
		catch (NotFoundException ex) {
			return gone(id, htmx, redirect);
		}
		model.addAttribute("memberForm", new MemberForm());
		try {
			this.administration.remove(id, user.id(), userId);
		}
		catch (LastAdministratorException ex) {
			model.addAttribute("memberError", ex.messageKey());
			return view(htmx);
		}
		redirect.addFlashAttribute("memberDone", "membership.removed");
		redirect.addFlashAttribute("memberDoneName", member.displayName());
		return Redirects.to(htmx, "/business/" + id + "/users");
	}

	/** Block or Remove, not yet confirmed: says what will happen, changes nothing. */
	private String ask(AccordUser user, UUID id, UUID userId, String what, HtmxRequest htmx, Model model,
			RedirectAttributes redirect) {
		caller(id, user, model);
		MemberView member;
		try {
			member = member(id, userId, user, model);
		}
		catch (NotFoundException ex) {
			return gone(id, htmx, redirect);
		}
		String company = ((BusinessAccountView) model.getAttribute("business")).companyName();
		String path = "/business/" + id + "/users/" + userId;
		int keys = this.administeredKeys.of(id, userId).size();
		Confirmation confirmation = Confirmation
			.of("membership." + what + ".title", "membership." + what, path + "/" + what, path)
			.say("membership." + what + ".what", member.displayName(), company);
		if (keys > 0) {
			confirmation = confirmation.count("membership." + what + ".keys", keys);
		}
		model.addAttribute(Confirmation.ATTRIBUTE, confirmation.say("membership.emailed", member.email()).withinDialog());
		return Confirmation.view(htmx.isHtmxRequest());
	}

	/** The member is gone already (removed in another tab, say): back to the list, saying so. */
	private static String gone(UUID id, HtmxRequest htmx, RedirectAttributes redirect) {
		redirect.addFlashAttribute("notice", "membership.gone");
		return Redirects.to(htmx, "/business/" + id + "/users");
	}

	private String status(AccordUser user, UUID id, UUID userId, MembershipStatus status, String done,
			HtmxRequest htmx, Model model, RedirectAttributes redirect) {
		caller(id, user, model);
		try {
			member(id, userId, user, model);
		}
		catch (NotFoundException ex) {
			return gone(id, htmx, redirect);
		}
		model.addAttribute("memberForm", new MemberForm());
		return act(id, userId, htmx, model, redirect, done,
				() -> this.administration.change(id, user.id(), userId, new MemberChange(null, null, status)));
	}

	private String act(UUID id, UUID userId, HtmxRequest htmx, Model model, RedirectAttributes redirect,
			String doneKey, java.util.function.Supplier<MemberView> action) {
		MemberView member;
		try {
			member = action.get();
		}
		catch (LastAdministratorException ex) {
			model.addAttribute("memberError", ex.messageKey());
			return view(htmx);
		}
		if (htmx.isHtmxRequest()) {
			// The dialog stays open, saying what was done; closing it refreshes the list behind.
			model.addAttribute("member", member);
			MemberForm form = new MemberForm();
			form.setRole(member.role().name());
			form.setNotes(member.notes());
			model.addAttribute("memberForm", form);
			model.addAttribute("memberDone", doneKey);
			return view(htmx);
		}
		redirect.addFlashAttribute("memberDone", doneKey);
		redirect.addFlashAttribute("memberDoneName", member.displayName());
		return Redirects.to(htmx, "/business/" + id + "/users");
	}

	private MemberView context(UUID id, UUID userId, AccordUser user, Model model) {
		caller(id, user, model);
		return member(id, userId, user, model);
	}

	/** The caller, who must administer the account (else forbidden, or not found for outsiders). */
	private void caller(UUID id, AccordUser user, Model model) {
		model.addAttribute("membership", this.access.administrator(id, user.id()));
		model.addAttribute("business", this.businesses.get(id, user.id()));
	}

	/** The member, once the caller is known to administer the account; not found when gone. */
	private MemberView member(UUID id, UUID userId, AccordUser user, Model model) {
		MemberView member = this.administration.get(id, user.id(), userId);
		model.addAttribute("member", member);
		model.addAttribute("roles", Role.values());
		model.addAttribute("administeredKeys", this.administeredKeys.of(id, userId));
		return member;
	}

	private static String view(HtmxRequest htmx) {
		return htmx.isHtmxRequest() ? "business/member :: memberDialog" : "business/member";
	}

}
