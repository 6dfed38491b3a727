package dev.accord.invitation.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.accord.account.AccordUser;
import dev.accord.account.AccountService;
import dev.accord.business.Role;
import dev.accord.domain.DomainNotVerifiedException;
import dev.accord.invitation.InvitationService;
import dev.accord.invitation.InvitationSettings;
import dev.accord.invitation.InviteOutcome;
import dev.accord.invitation.InviteResult;
import dev.accord.licensing.LicensingService;
import dev.accord.platform.RateLimitedException;
import dev.accord.platform.ValidationException;
import dev.accord.shared.EmailAddress;
import dev.accord.shared.Language;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The Invite Users dialog: a fragment of the Users page for htmx, or the whole page with the
 * dialog open without JavaScript. Each Add, Remove and upload posts the dialog's state back.
 */
@Controller
class InviteDialogController {

	private static final Set<String> SHOWN_OR_DEFAULTED = Set.of("expiresInDays", "role");

	private final UsersPage page;

	private final InvitationService invitations;

	private final AccountService accounts;

	private final LicensingService licensing;

	private final InvitationSettings settings;

	InviteDialogController(UsersPage page, InvitationService invitations, AccountService accounts,
			LicensingService licensing, InvitationSettings settings) {
		this.page = page;
		this.invitations = invitations;
		this.accounts = accounts;
		this.licensing = licensing;
		this.settings = settings;
	}

	@GetMapping("/business/{id}/users/invite")
	String open(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id, HtmxRequest htmx, Model model) {
		this.page.context(id, user, model);
		InviteForm form = new InviteForm();
		form.setLanguage(this.accounts.get(user.id()).language().tag());
		form.setExpiresInDays(this.settings.defaultExpiryDays());
		model.addAttribute("inviteForm", form);
		return dialog(id, user, htmx, model);
	}

	@PostMapping("/business/{id}/users/invite")
	String change(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id,
			@Valid @ModelAttribute("inviteForm") InviteForm form, BindingResult result, HtmxRequest htmx, Model model)
			throws IOException, BindException {
		refuseMalformed(result);
		this.page.context(id, user, model);
		InviteDialog dialog = new InviteDialog(form, result, model, this.settings);
		Function<String, InviteOutcome> preview = (email) -> this.invitations.preview(id, user.id(), email);
		if (form.getRemove() != null) {
			form.getEmails().remove(form.getRemove());
		}
		else if ("upload".equals(form.getAction())) {
			dialog.upload(form.getFile(), preview);
		}
		else if ("send".equals(form.getAction())) {
			if (dialog.readyToSend(preview)) {
				return send(id, user, form, dialog, htmx, model);
			}
		}
		else {
			dialog.add(preview);
		}
		return dialog(id, user, htmx, model);
	}

	private String send(UUID id, AccordUser user, InviteForm form, InviteDialog dialog, HtmxRequest htmx,
			Model model) {
		Map<Boolean, List<String>> wellFormed = form.getEmails()
			.stream()
			.collect(Collectors.partitioningBy(EmailAddress::isValid));
		List<String> valid = wellFormed.get(true);
		List<InviteResult> results = new ArrayList<>(
				wellFormed.get(false).stream().map((email) -> new InviteResult(email, InviteOutcome.INVALID, null)).toList());
		try {
			if (!valid.isEmpty()) {
				results.addAll(0, this.invitations.invite(id, user.id(), Language.fromTagOrDefault(form.getLanguage()),
						valid, dialog.expiresInDays(), form.getLicenseKeyIds(), form.getRole()));
			}
		}
		catch (RateLimitedException ex) {
			model.addAttribute("sendError", ex.messageKey());
			model.addAttribute("sendErrorArgs", ex.args());
			return dialog(id, user, htmx, model);
		}
		catch (DomainNotVerifiedException ex) {
			model.addAttribute("domainError", String.join(", ", ex.emails()));
			return dialog(id, user, htmx, model);
		}
		catch (ValidationException ex) {
			model.addAttribute("roleError", ex.fieldErrors().values().iterator().next());
			return dialog(id, user, htmx, model);
		}
		model.addAttribute("results", results);
		return htmx.isHtmxRequest() ? UsersPage.VIEW + " :: inviteResults" : "invitation/invite-results";
	}

	private String dialog(UUID id, AccordUser user, HtmxRequest htmx, Model model) {
		model.addAttribute("licenseKeys", this.licensing.keys(id, user.id()));
		model.addAttribute("roles", Role.values());
		model.addAttribute("maxAddresses", this.settings.maxPerRequest());
		model.addAttribute("maxExpiryDays", InvitationSettings.MAX_EXPIRY_DAYS);
		if (htmx.isHtmxRequest()) {
			return UsersPage.VIEW + " :: inviteDialog";
		}
		this.page.lists(id, user, new UsersFilter(), model);
		model.addAttribute("inviting", true);
		return UsersPage.VIEW;
	}

	/**
	 * Anything but the validity (shown at Send) and the role (a value not a choice keeps the
	 * default) that did not bind is refused as a whole, as for any malformed form.
	 */
	private static void refuseMalformed(BindingResult result) throws BindException {
		List<FieldError> malformed = result.getFieldErrors()
			.stream()
			.filter((error) -> !SHOWN_OR_DEFAULTED.contains(error.getField()))
			.toList();
		if (!malformed.isEmpty()) {
			BindException refused = new BindException(result.getTarget(), result.getObjectName());
			malformed.forEach(refused::addError);
			throw refused;
		}
	}

}
