package dev.accord.invitation.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.accord.account.AccordUser;
import dev.accord.account.AccountService;
import dev.accord.business.BusinessAccess;
import dev.accord.business.BusinessAccountService;
import dev.accord.business.MemberQuery;
import dev.accord.business.MemberSort;
import dev.accord.business.MembershipService;
import dev.accord.business.MembershipStatus;
import dev.accord.business.Role;
import dev.accord.invitation.InvitationPage;
import dev.accord.invitation.InvitationQueries;
import dev.accord.invitation.InvitationService;
import dev.accord.invitation.InvitationSettings;
import dev.accord.invitation.InvitationStatus;
import dev.accord.invitation.InviteOutcome;
import dev.accord.invitation.InviteResult;
import dev.accord.platform.RateLimitedException;
import dev.accord.shared.EmailAddress;
import dev.accord.shared.Language;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Business Account Users: members, pending invitations, and the Invite Users dialog. */
@Controller
class UsersController {

	static final int PAGE_SIZE = 50;

	private final MembershipService memberships;

	private final InvitationService invitations;

	private final BusinessAccess access;

	private final BusinessAccountService businesses;

	private final AccountService accounts;

	private final dev.accord.licensing.LicensingService licensing;

	private final InvitationSettings settings;

	private final InvitationQueries queries;

	UsersController(MembershipService memberships, InvitationService invitations, InvitationQueries queries,
			BusinessAccess access, BusinessAccountService businesses, AccountService accounts,
			dev.accord.licensing.LicensingService licensing, InvitationSettings settings) {
		this.queries = queries;
		this.licensing = licensing;
		this.settings = settings;
		this.memberships = memberships;
		this.invitations = invitations;
		this.access = access;
		this.businesses = businesses;
		this.accounts = accounts;
	}

	@GetMapping("/business/{id}/users")
	String users(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id,
			@RequestParam(required = false) String q, @RequestParam(required = false) String role,
			@RequestParam(required = false) String status, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String cursor, @RequestParam(required = false) String pending,
			Model model) {
		String search = (q != null && q.length() > 254) ? q.substring(0, 254) : q;
		context(id, user, model);
		MemberQuery query = new MemberQuery(search, parse(Role.class, role), parse(MembershipStatus.class, status),
				parse(MemberSort.class, sort), cursor, PAGE_SIZE);
		model.addAttribute("members", this.memberships.members(id, user.id(), query));
		model.addAttribute("q", search);
		model.addAttribute("query", query);
		model.addAttribute("roles", Role.values());
		model.addAttribute("statuses", MembershipStatus.values());
		model.addAttribute("sorts", MemberSort.values());
		pendingPage(id, user, pending, model);
		return "invitation/users";
	}

	@GetMapping("/business/{id}/users/invite")
	String inviteDialog(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		context(id, user, model);
		InviteForm form = new InviteForm();
		form.setLanguage(this.accounts.get(user.id()).language().tag());
		form.setExpiresInDays(Integer.toString(this.settings.defaultExpiryDays()));
		model.addAttribute("inviteForm", form);
		return dialog(id, user, htmx, model);
	}

	@PostMapping("/business/{id}/users/invite")
	String invite(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id,
			@ModelAttribute("inviteForm") InviteForm form,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) throws IOException {
		context(id, user, model);
		InviteDialog dialog = new InviteDialog(form, model, this.settings);
		if (form.getRemove() != null) {
			form.getEmails().remove(form.getRemove());
		}
		else if ("upload".equals(form.getAction())) {
			dialog.upload(form.getFile(), (email) -> this.invitations.preview(id, user.id(), email));
		}
		else if ("send".equals(form.getAction())) {
			if (dialog.readyToSend((email) -> this.invitations.preview(id, user.id(), email))) {
				return send(id, user, form, dialog, htmx, model);
			}
		}
		else {
			dialog.add((email) -> this.invitations.preview(id, user.id(), email));
		}
		return dialog(id, user, htmx, model);
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

	private String send(UUID id, AccordUser user, InviteForm form, InviteDialog dialog, String htmx, Model model) {
		List<InviteResult> results = new ArrayList<>();
		List<String> valid = new ArrayList<>();
		for (String email : form.getEmails()) {
			if (EmailAddress.isValid(email)) {
				valid.add(email);
			}
			else {
				results.add(new InviteResult(email, InviteOutcome.INVALID, null));
			}
		}
		try {
			if (!valid.isEmpty()) {
				results.addAll(0, this.invitations.invite(id, user.id(), Language.fromTagOrDefault(form.getLanguage()),
						valid, dialog.expiresInDays(), form.getLicenseKeyIds(), parse(Role.class, form.getRole())));
			}
		}
		catch (RateLimitedException ex) {
			model.addAttribute("sendError", ex.messageKey());
			model.addAttribute("sendErrorArgs", ex.args());
			return dialog(id, user, htmx, model);
		}
		catch (dev.accord.platform.ValidationException ex) {
			model.addAttribute("roleError", ex.fieldErrors().values().iterator().next());
			return dialog(id, user, htmx, model);
		}
		model.addAttribute("results", results);
		return (htmx != null) ? "invitation/users :: inviteResults" : "invitation/invite-results";
	}

	private String dialog(UUID id, AccordUser user, String htmx, Model model) {
		model.addAttribute("licenseKeys", this.licensing.keys(id, user.id()));
		model.addAttribute("roles", Role.values());
		model.addAttribute("maxAddresses", this.settings.maxPerRequest());
		if (htmx != null) {
			return "invitation/users :: inviteDialog";
		}
		model.addAttribute("members", this.memberships.members(id, user.id(), MemberQuery.firstPage(PAGE_SIZE)));
		pendingPage(id, user, null, model);
		model.addAttribute("inviting", true);
		model.addAttribute("query", MemberQuery.firstPage(PAGE_SIZE));
		model.addAttribute("roles", Role.values());
		model.addAttribute("statuses", MembershipStatus.values());
		model.addAttribute("sorts", MemberSort.values());
		return "invitation/users";
	}

	/** A page of pending invitations, newest first, with the cursor of the next page (keyset). */
	private void pendingPage(UUID id, AccordUser user, String cursor, Model model) {
		InvitationPage page = this.queries.page(id, user.id(), InvitationStatus.PENDING, cursor, PAGE_SIZE);
		model.addAttribute("pending", page.items());
		model.addAttribute("pendingNext", page.nextCursor());
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value) {
		try {
			return (value == null || value.isBlank()) ? null : Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private void context(UUID id, AccordUser user, Model model) {
		model.addAttribute("membership", this.access.administrator(id, user.id()));
		model.addAttribute("business", this.businesses.get(id, user.id()));
	}

}
