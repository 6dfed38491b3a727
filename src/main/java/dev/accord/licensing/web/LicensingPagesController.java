package dev.accord.licensing.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.accord.account.AccordUser;
import dev.accord.business.BusinessAccess;
import dev.accord.business.BusinessAccountService;
import dev.accord.business.MemberQuery;
import dev.accord.business.MembershipService;
import dev.accord.business.MembershipStatus;
import dev.accord.business.MemberSort;
import dev.accord.business.Role;
import dev.accord.licensing.KeyType;
import dev.accord.licensing.KeyView;
import dev.accord.licensing.LicensingService;
import dev.accord.licensing.ProvisioningService;
import dev.accord.platform.AccordException;
import dev.accord.platform.ValidationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Subscriptions and license keys: Register Key, subscription settings, Create License Key, the key page. */
@Controller
class LicensingPagesController {

	private final LicensingService licensing;

	private final ProvisioningService provisioning;

	private final BusinessAccess access;

	private final BusinessAccountService businesses;

	private final MembershipService memberships;

	LicensingPagesController(LicensingService licensing, ProvisioningService provisioning, BusinessAccess access,
			BusinessAccountService businesses, MembershipService memberships) {
		this.licensing = licensing;
		this.provisioning = provisioning;
		this.access = access;
		this.businesses = businesses;
		this.memberships = memberships;
	}

	@GetMapping("/business/{id}/subscriptions")
	String subscriptions(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id, Model model) {
		context(id, user, model);
		List<KeyView> keys = this.licensing.keys(id, user.id());
		model.addAttribute("subscriptions", this.licensing.subscriptions(id, user.id()));
		model.addAttribute("keys", keys);
		// Additional keys can be created under the Primary Keys the caller administers (all, for administrators).
		java.util.Set<UUID> manageable = keys.stream()
			.filter((k) -> k.type() == KeyType.PRIMARY)
			.map(KeyView::subscriptionId)
			.collect(java.util.stream.Collectors.toSet());
		model.addAttribute("manageable", manageable);
		// Administrators rename any key; a License Administrator of a Primary Key the keys under it.
		boolean administrator = ((dev.accord.business.MembershipView) model.getAttribute("membership")).isAdministrator();
		model.addAttribute("editable", keys.stream()
			.filter((k) -> administrator || (k.type() != KeyType.PRIMARY && manageable.contains(k.subscriptionId())))
			.map(KeyView::id)
			.collect(java.util.stream.Collectors.toSet()));
		return "licensing/subscriptions";
	}

	@PostMapping("/business/{id}/license-keys/register")
	String register(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id, @RequestParam String key,
			RedirectAttributes redirect) {
		try {
			this.provisioning.register(id, user.id(), key);
			redirect.addFlashAttribute("notice", "licensing.registered");
		}
		catch (ValidationException | ProvisioningService.KeyRegisteredElsewhereException ex) {
			redirect.addFlashAttribute("registerError",
					ex.fieldErrors().isEmpty() ? ex.messageKey() : ex.fieldErrors().values().iterator().next());
		}
		return "redirect:/business/" + id + "/dashboard";
	}

	@PostMapping("/business/{id}/subscriptions/{sid}")
	String changeSubscription(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id, @PathVariable UUID sid,
			@RequestParam(required = false) String name, @RequestParam(required = false) String autoRenew,
			RedirectAttributes redirect) {
		try {
			this.licensing.changeSubscription(id, user.id(), sid, name,
					(autoRenew != null) ? Boolean.valueOf("on".equals(autoRenew) || "true".equals(autoRenew)) : null);
			redirect.addFlashAttribute("notice", "licensing.subscription.saved");
		}
		catch (ValidationException ex) {
			redirect.addFlashAttribute("subscriptionError", ex.fieldErrors().values().iterator().next());
		}
		return "redirect:/business/" + id + "/subscriptions";
	}

	@GetMapping("/business/{id}/subscriptions/{sid}/keys/new")
	String newKey(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id, @PathVariable UUID sid, Model model) {
		context(id, user, model);
		model.addAttribute("subscription", this.licensing.subscription(id, user.id(), sid));
		model.addAttribute("type", "DYNAMIC");
		return "licensing/new-key";
	}

	@PostMapping("/business/{id}/subscriptions/{sid}/keys/new")
	String createKey(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id, @PathVariable UUID sid,
			@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String limit,
			@RequestParam(defaultValue = "DYNAMIC") String type, @RequestParam(defaultValue = "") String expiresAt,
			Model model) {
		try {
			KeyView key = this.licensing.createKey(id, user.id(), sid, name, parseLimit(limit), parseType(type),
					expiresAt.isBlank() ? null : parseDate(expiresAt));
			return "redirect:/business/" + id + "/license-keys/" + key.id();
		}
		catch (ValidationException | LicensingService.SeatsTakenException ex) {
			context(id, user, model);
			model.addAttribute("subscription", this.licensing.subscription(id, user.id(), sid));
			model.addAttribute("errors", ex.fieldErrors().isEmpty() ? java.util.Map.of("limit", ex.messageKey())
					: ex.fieldErrors());
			model.addAttribute("name", name);
			model.addAttribute("limit", limit);
			model.addAttribute("type", type);
			model.addAttribute("expiresAt", expiresAt);
			return "licensing/new-key";
		}
	}

	@GetMapping("/business/{id}/license-keys/{kid}")
	String key(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id, @PathVariable UUID kid,
			@RequestParam(defaultValue = "general") String tab, Model model) {
		context(id, user, model);
		KeyView key = key(id, user, kid);
		model.addAttribute("key", key);
		model.addAttribute("tab", "administrators".equals(tab) ? "administrators" : "general");
		model.addAttribute("canEdit", this.licensing.mayEdit(id, user.id(), kid));
		if (model.getAttribute("membership") instanceof dev.accord.business.MembershipView m && m.isAdministrator()) {
			var members = this.memberships
				.members(id, user.id(), new MemberQuery(null, Role.REGULAR_MEMBER, MembershipStatus.ACTIVE,
						MemberSort.EMAIL, null, MemberQuery.MAX_LIMIT))
				.items();
			model.addAttribute("candidates",
					members.stream().filter((m2) -> !key.administrators().contains(m2.userId())).toList());
			model.addAttribute("keyAdministrators",
					members.stream().filter((m2) -> key.administrators().contains(m2.userId())).toList());
		}
		return "licensing/key";
	}

	@PostMapping("/business/{id}/license-keys/{kid}")
	String changeKey(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id, @PathVariable UUID kid,
			@RequestParam(required = false) String name, @RequestParam(required = false) String limit,
			RedirectAttributes redirect) {
		try {
			this.licensing.changeKey(id, user.id(), kid, name,
					(limit != null && !limit.isBlank()) ? parseLimit(limit) : null);
			redirect.addFlashAttribute("notice", "licensing.key.saved");
		}
		catch (ValidationException | LicensingService.SeatsTakenException ex) {
			redirect.addFlashAttribute("keyError",
					ex.fieldErrors().isEmpty() ? ex.messageKey() : ex.fieldErrors().values().iterator().next());
		}
		return "redirect:/business/" + id + "/license-keys/" + kid;
	}

	@PostMapping("/business/{id}/license-keys/{kid}/delete")
	String deleteKey(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id, @PathVariable UUID kid,
			@RequestParam(defaultValue = "false") boolean confirmed, Model model, RedirectAttributes redirect) {
		if (!confirmed) {
			context(id, user, model);
			model.addAttribute("key", key(id, user, kid));
			model.addAttribute("tab", "general");
			model.addAttribute("confirmDelete", true);
			model.addAttribute("canEdit", this.licensing.mayEdit(id, user.id(), kid));
			return "licensing/key";
		}
		this.licensing.deleteKey(id, user.id(), kid);
		redirect.addFlashAttribute("notice", "licensing.key.deleted");
		return "redirect:/business/" + id + "/subscriptions";
	}

	@PostMapping("/business/{id}/license-keys/{kid}/administrators")
	String grant(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id, @PathVariable UUID kid,
			@RequestParam(required = false) UUID userId, RedirectAttributes redirect) {
		try {
			if (userId == null) {
				throw ValidationException.of("userId", "validation.choose");
			}
			this.licensing.grantAdministrator(id, user.id(), kid, userId);
		}
		catch (ValidationException ex) {
			redirect.addFlashAttribute("keyError", ex.fieldErrors().values().iterator().next());
		}
		return "redirect:/business/" + id + "/license-keys/" + kid + "?tab=administrators";
	}

	@PostMapping("/business/{id}/license-keys/{kid}/administrators/{userId}/remove")
	String revoke(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id, @PathVariable UUID kid,
			@PathVariable UUID userId) {
		this.licensing.removeAdministrator(id, user.id(), kid, userId);
		return "redirect:/business/" + id + "/license-keys/" + kid + "?tab=administrators";
	}

	private KeyView key(UUID id, AccordUser user, UUID kid) {
		return this.licensing.key(id, user.id(), kid);
	}

	private void context(UUID id, AccordUser user, Model model) {
		model.addAttribute("membership", this.access.member(id, user.id()));
		model.addAttribute("business", this.businesses.get(id, user.id()));
	}

	private static int parseLimit(String limit) {
		try {
			return Integer.parseInt(limit.trim());
		}
		catch (NumberFormatException ex) {
			throw ValidationException.of("limit", "licensing.limit.range");
		}
	}

	private static KeyType parseType(String type) {
		try {
			return KeyType.valueOf(type);
		}
		catch (IllegalArgumentException ex) {
			throw ValidationException.of("type", "validation.choose");
		}
	}

	private static LocalDate parseDate(String date) {
		try {
			return LocalDate.parse(date.trim());
		}
		catch (RuntimeException ex) {
			throw ValidationException.of("expiresAt", "validation.date");
		}
	}

}
