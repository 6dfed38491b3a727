package dev.accord.licensing.web;

import java.util.Map;
import java.util.UUID;

import dev.accord.account.AccordUser;
import dev.accord.business.BusinessAccess;
import dev.accord.business.BusinessAccountService;
import dev.accord.business.MemberQuery;
import dev.accord.business.MemberSort;
import dev.accord.business.MembershipAdministration;
import dev.accord.business.MembershipService;
import dev.accord.business.MembershipStatus;
import dev.accord.business.MembershipView;
import dev.accord.business.Role;
import dev.accord.licensing.AdditionalKeys;
import dev.accord.licensing.KeyView;
import dev.accord.licensing.LicenseAdministrators;
import dev.accord.licensing.LicensingService;
import dev.accord.licensing.SeatsTakenException;
import dev.accord.platform.AccordException;
import dev.accord.platform.Confirmation;
import dev.accord.platform.ForbiddenException;
import dev.accord.platform.NotFoundException;
import dev.accord.platform.ValidationException;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxViewResolver;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The key page: General (rename, limit, delete) and License Administrators (find a member,
 * grant, remove). A refused change shows the page again with the error next to the field and
 * what was typed.
 */
@Controller
class KeyPagesController {

	/** Members offered when searching for a new License Administrator. */
	static final int CANDIDATES = 20;

	private final LicensingService licensing;

	private final AdditionalKeys keys;

	private final LicenseAdministrators licenseAdministrators;

	private final BusinessAccess access;

	private final BusinessAccountService businesses;

	private final MembershipService memberships;

	private final MembershipAdministration administration;

	KeyPagesController(LicensingService licensing, AdditionalKeys keys, LicenseAdministrators licenseAdministrators,
			BusinessAccess access, BusinessAccountService businesses, MembershipService memberships,
			MembershipAdministration administration) {
		this.licensing = licensing;
		this.keys = keys;
		this.licenseAdministrators = licenseAdministrators;
		this.access = access;
		this.businesses = businesses;
		this.memberships = memberships;
		this.administration = administration;
	}

	@GetMapping("/business/{id}/license-keys/{kid}")
	String key(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id, @PathVariable UUID kid,
			@RequestParam(defaultValue = "general") String tab, @RequestParam(required = false) String q, Model model) {
		return show(id, user, kid, "administrators".equals(tab) ? "administrators" : "general", q, model);
	}

	@PostMapping("/business/{id}/license-keys/{kid}")
	String changeKey(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id, @PathVariable UUID kid,
			KeyForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
		try {
			if (binding.hasFieldErrors("limit")) {
				throw ValidationException.of("limit", "licensing.limit.range");
			}
			this.keys.change(id, user.id(), kid, form.name(), form.limit());
		}
		catch (ValidationException | SeatsTakenException ex) {
			model.addAttribute("keyErrors", fieldErrors(ex, "limit"));
			model.addAttribute("typedName", form.name());
			model.addAttribute("typedLimit", FormErrors.typed(binding, "limit", form.limit()));
			return show(id, user, kid, "general", null, model);
		}
		redirect.addFlashAttribute("notice", "licensing.key.saved");
		return "redirect:/business/" + id + "/license-keys/" + kid;
	}

	@PostMapping("/business/{id}/license-keys/{kid}/delete")
	String deleteKey(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id, @PathVariable UUID kid,
			@RequestParam(defaultValue = "false") boolean confirmed, HtmxRequest htmx, Model model,
			RedirectAttributes redirect) {
		String subscriptions = "/business/" + id + "/subscriptions";
		KeyView key;
		try {
			key = this.licensing.key(id, user.id(), kid);
		}
		catch (NotFoundException ex) {
			// Deleted already (a second tab, a repeated click): say so instead of a missing page.
			redirect.addFlashAttribute("notice", "licensing.key.gone");
			return redirect(htmx, subscriptions);
		}
		if (!confirmed) {
			if (!this.licensing.mayEdit(id, user.id(), kid)) {
				throw new ForbiddenException();
			}
			String page = "/business/" + id + "/license-keys/" + kid;
			model.addAttribute("membership", this.access.member(id, user.id()));
			model.addAttribute("business", this.businesses.get(id, user.id()));
			model.addAttribute(Confirmation.ATTRIBUTE,
					Confirmation.of("licensing.key.delete.title", "licensing.key.deleteConfirmed", page + "/delete", page)
						.say("licensing.key.delete.what", key.name())
						.count("licensing.key.delete.computers", key.used()));
			return Confirmation.view(htmx.isHtmxRequest());
		}
		this.keys.delete(id, user.id(), kid);
		redirect.addFlashAttribute("notice", "licensing.key.deleted");
		return redirect(htmx, subscriptions);
	}

	private static String redirect(HtmxRequest htmx, String path) {
		return (htmx.isHtmxRequest() ? HtmxViewResolver.REDIRECT_URL_PREFIX : "redirect:") + path;
	}

	@PostMapping("/business/{id}/license-keys/{kid}/administrators")
	String grant(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id, @PathVariable UUID kid,
			@Valid GrantForm form, BindingResult binding, Model model) {
		try {
			if (binding.hasErrors()) {
				throw ValidationException.of("userId", "validation.choose");
			}
			this.licenseAdministrators.grant(id, user.id(), kid, form.userId());
		}
		catch (ValidationException ex) {
			model.addAttribute("grantError", ex.fieldErrors().values().iterator().next());
			return show(id, user, kid, "administrators", form.q(), model);
		}
		return "redirect:/business/" + id + "/license-keys/" + kid + "?tab=administrators";
	}

	@PostMapping("/business/{id}/license-keys/{kid}/administrators/{userId}/remove")
	String revoke(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id, @PathVariable UUID kid,
			@PathVariable UUID userId) {
		this.licenseAdministrators.remove(id, user.id(), kid, userId);
		return "redirect:/business/" + id + "/license-keys/" + kid + "?tab=administrators";
	}

	private String show(UUID id, AccordUser user, UUID kid, String tab, String search, Model model) {
		MembershipView membership = this.access.member(id, user.id());
		model.addAttribute("membership", membership);
		model.addAttribute("business", this.businesses.get(id, user.id()));
		KeyView key = this.licensing.key(id, user.id(), kid);
		model.addAttribute("key", key);
		model.addAttribute("tab", tab);
		model.addAttribute("canEdit", this.licensing.mayEdit(id, user.id(), kid));
		if (membership.isAdministrator() && "administrators".equals(tab)) {
			model.addAttribute("keyAdministrators", this.administration.get(id, user.id(), key.administrators()));
			model.addAttribute("search", search);
			if (search != null && !search.isBlank()) {
				model.addAttribute("candidates", this.memberships
					.members(id, user.id(), new MemberQuery(search, Role.REGULAR_MEMBER, MembershipStatus.ACTIVE,
							MemberSort.EMAIL, null, CANDIDATES + key.administrators().size()))
					.items()
					.stream()
					.filter((m) -> !key.administrators().contains(m.userId()))
					.limit(CANDIDATES)
					.toList());
			}
		}
		return "licensing/key";
	}

	private static Map<String, String> fieldErrors(AccordException ex, String field) {
		return ex.fieldErrors().isEmpty() ? Map.of(field, ex.messageKey()) : ex.fieldErrors();
	}

}
