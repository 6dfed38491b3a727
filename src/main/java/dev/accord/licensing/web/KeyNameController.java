package dev.accord.licensing.web;

import java.util.UUID;

import dev.accord.account.AccordUser;
import dev.accord.business.BusinessAccess;
import dev.accord.business.BusinessAccountService;
import dev.accord.licensing.AdditionalKeys;
import dev.accord.licensing.KeyView;
import dev.accord.licensing.LicensingService;
import dev.accord.platform.ForbiddenException;
import dev.accord.platform.ValidationException;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Rename by clicking the name: the name of a key turns into a small form in place (htmx). Without
 * JavaScript the same form is on the key's page.
 */
@Controller
class KeyNameController {

	private final LicensingService licensing;

	private final AdditionalKeys keys;

	private final BusinessAccess access;

	private final BusinessAccountService businesses;

	KeyNameController(LicensingService licensing, AdditionalKeys keys, BusinessAccess access,
			BusinessAccountService businesses) {
		this.licensing = licensing;
		this.keys = keys;
		this.access = access;
		this.businesses = businesses;
	}

	@GetMapping("/business/{id}/license-keys/{kid}/name")
	String name(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id, @PathVariable UUID kid,
			@RequestParam(defaultValue = "false") boolean edit, Model model) {
		KeyView key = context(id, kid, user, model);
		boolean editable = this.licensing.mayEdit(id, user.id(), kid);
		if (edit && !editable) {
			throw new ForbiddenException();
		}
		model.addAttribute("editable", editable);
		return edit ? "licensing/key-name :: editor(key=${key})" : "licensing/key-name :: name(key=${key},editable=${editable})";
	}

	@PostMapping("/business/{id}/license-keys/{kid}/name")
	String rename(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id, @PathVariable UUID kid,
			KeyNameForm form, HtmxRequest htmx, Model model) {
		String name = form.name();
		context(id, kid, user, model);
		try {
			model.addAttribute("key", this.keys.change(id, user.id(), kid, (name != null) ? name : "", null));
		}
		catch (ValidationException ex) {
			if (!htmx.isHtmxRequest()) {
				return "redirect:/business/" + id + "/license-keys/" + kid;
			}
			model.addAttribute("name", name);
			model.addAttribute("nameError", ex.fieldErrors().getOrDefault("name", "validation.required"));
			return "licensing/key-name :: editor(key=${key})";
		}
		if (!htmx.isHtmxRequest()) {
			return "redirect:/business/" + id + "/subscriptions";
		}
		model.addAttribute("editable", true);
		return "licensing/key-name :: name(key=${key},editable=${editable})";
	}

	/** The name typed in place. */
	record KeyNameForm(String name) {
	}

	private KeyView context(UUID id, UUID kid, AccordUser user, Model model) {
		this.access.member(id, user.id());
		model.addAttribute("business", this.businesses.get(id, user.id()));
		KeyView key = this.licensing.key(id, user.id(), kid);
		model.addAttribute("key", key);
		return key;
	}

}
