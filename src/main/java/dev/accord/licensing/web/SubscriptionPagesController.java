package dev.accord.licensing.web;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.accord.account.AccordUser;
import dev.accord.business.BusinessAccess;
import dev.accord.business.BusinessAccountService;
import dev.accord.business.MembershipView;
import dev.accord.licensing.AdditionalKeys;
import dev.accord.licensing.KeyType;
import dev.accord.licensing.KeyView;
import dev.accord.licensing.LicensingService;
import dev.accord.licensing.NewKeyLimits;
import dev.accord.licensing.ProvisioningService;
import dev.accord.licensing.SeatsTakenException;
import dev.accord.licensing.SubscriptionSettings;
import dev.accord.platform.ValidationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Subscriptions: the list with their keys, Register Key, subscription settings and Create License
 * Key. A refused form shows the page again with the error next to the field and what was typed.
 */
@Controller
class SubscriptionPagesController {

	private final LicensingService licensing;

	private final SubscriptionSettings settings;

	private final AdditionalKeys keys;

	private final ProvisioningService provisioning;

	private final NewKeyLimits newKeys;

	private final BusinessAccess access;

	private final BusinessAccountService businesses;

	SubscriptionPagesController(LicensingService licensing, SubscriptionSettings settings, AdditionalKeys keys,
			ProvisioningService provisioning, NewKeyLimits newKeys, BusinessAccess access,
			BusinessAccountService businesses) {
		this.licensing = licensing;
		this.settings = settings;
		this.keys = keys;
		this.provisioning = provisioning;
		this.newKeys = newKeys;
		this.access = access;
		this.businesses = businesses;
	}

	@GetMapping("/business/{id}/subscriptions")
	String subscriptions(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id, Model model) {
		MembershipView membership = context(id, user, model);
		List<KeyView> keys = this.licensing.keys(id, user.id());
		model.addAttribute("subscriptions", this.licensing.subscriptions(id, user.id()));
		model.addAttribute("keys", keys);
		// Additional keys can be created under the Primary Keys the caller administers (all, for administrators).
		Set<UUID> manageable = keys.stream()
			.filter((k) -> k.type() == KeyType.PRIMARY)
			.map(KeyView::subscriptionId)
			.collect(Collectors.toSet());
		model.addAttribute("manageable", manageable);
		// Administrators rename any key; a License Administrator of a Primary Key the keys under it.
		model.addAttribute("editable", keys.stream()
			.filter((k) -> membership.isAdministrator()
					|| (k.type() != KeyType.PRIMARY && manageable.contains(k.subscriptionId())))
			.map(KeyView::id)
			.collect(Collectors.toSet()));
		return "licensing/subscriptions";
	}

	@PostMapping("/business/{id}/license-keys/register")
	String register(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id, RegisterKeyForm form,
			RedirectAttributes redirect) {
		try {
			this.provisioning.register(id, user.id(), form.keyOrEmpty());
			redirect.addFlashAttribute("notice", "licensing.registered");
		}
		catch (ValidationException | ProvisioningService.KeyRegisteredElsewhereException ex) {
			redirect.addFlashAttribute("registerError",
					ex.fieldErrors().isEmpty() ? ex.messageKey() : ex.fieldErrors().values().iterator().next());
			redirect.addFlashAttribute("typedKey", form.key());
		}
		return "redirect:/business/" + id + "/dashboard";
	}

	@PostMapping("/business/{id}/subscriptions/{sid}")
	String changeSubscription(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id, @PathVariable UUID sid,
			SubscriptionForm form, Model model, RedirectAttributes redirect) {
		try {
			this.settings.change(id, user.id(), sid, form.name(), form.autoRenewOrNull());
		}
		catch (ValidationException ex) {
			model.addAttribute("subscriptionErrors", Map.of(sid, ex.fieldErrors()));
			model.addAttribute("typedNames", (form.name() != null) ? Map.of(sid, form.name()) : Map.of());
			return subscriptions(user, id, model);
		}
		redirect.addFlashAttribute("notice", "licensing.subscription.saved");
		return "redirect:/business/" + id + "/subscriptions";
	}

	@GetMapping("/business/{id}/subscriptions/{sid}/keys/new")
	String newKey(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id, @PathVariable UUID sid, Model model) {
		this.newKeys.requireMayCreate(id, user.id(), sid);
		context(id, user, model);
		model.addAttribute("subscription", this.licensing.subscription(id, user.id(), sid));
		model.addAttribute("type", "DYNAMIC");
		return "licensing/new-key";
	}

	@PostMapping("/business/{id}/subscriptions/{sid}/keys/new")
	String createKey(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id, @PathVariable UUID sid,
			NewKeyForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
		try {
			form.requireReadable(FormErrors.of(binding, NewKeyForm.UNREADABLE));
			KeyView key = this.keys.create(id, user.id(), sid, form.nameOrEmpty(), form.limit(), form.typeOrDynamic(),
					form.expiresAt());
			redirect.addFlashAttribute("notice", "licensing.key.created");
			redirect.addFlashAttribute("noticeArgument", key.name());
			return "redirect:/business/" + id + "/license-keys/" + key.id();
		}
		catch (ValidationException | SeatsTakenException ex) {
			Map<String, String> errors = ex.fieldErrors().isEmpty() ? Map.of("limit", ex.messageKey()) : ex.fieldErrors();
			String type = Objects.requireNonNullElse(FormErrors.typed(binding, "type", form.type()), "DYNAMIC");
			context(id, user, model);
			model.addAttribute("subscription", this.licensing.subscription(id, user.id(), sid));
			model.addAttribute("errors", errors);
			if (errors.containsKey("limit") && !"licensing.limit.belowUsed".equals(errors.get("limit"))) {
				model.addAttribute("limitMax", this.newKeys.max(id, user.id(), sid,
						"RESERVED".equals(type) ? KeyType.RESERVED : KeyType.DYNAMIC));
			}
			model.addAttribute("name", form.nameOrEmpty());
			model.addAttribute("limit", Objects.requireNonNullElse(FormErrors.typed(binding, "limit", form.limit()), ""));
			model.addAttribute("type", type);
			model.addAttribute("expiresAt",
					Objects.requireNonNullElse(FormErrors.typed(binding, "expiresAt", form.expiresAt()), ""));
			return "licensing/new-key";
		}
	}

	private MembershipView context(UUID id, AccordUser user, Model model) {
		MembershipView membership = this.access.member(id, user.id());
		model.addAttribute("membership", membership);
		model.addAttribute("business", this.businesses.get(id, user.id()));
		return membership;
	}

}
