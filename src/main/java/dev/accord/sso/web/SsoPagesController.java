package dev.accord.sso.web;

import java.util.UUID;

import dev.accord.account.AccordUser;
import dev.accord.business.BusinessAccess;
import dev.accord.business.BusinessAccountService;
import dev.accord.platform.ValidationException;
import dev.accord.sso.NoVerifiedDomainException;
import dev.accord.sso.SsoAdministration;
import dev.accord.sso.SsoConnectionView;
import dev.accord.sso.SsoNotTestedException;
import jakarta.validation.Valid;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Single Sign-On page of a business account (Business Profile → Security), for its Account
 * Administrators: the redirect URI to register, the provider's settings, "Test connection", and
 * switching single sign-on on. Plain forms with POST-redirect-GET; a Regular Member is refused as on
 * the other administrators' pages (403), anyone else sees 404.
 */
@Controller
@RequestMapping("/business/{id}/sso")
class SsoPagesController {

	private final SsoAdministration sso;

	private final BusinessAccess access;

	private final BusinessAccountService businesses;

	SsoPagesController(SsoAdministration sso, BusinessAccess access, BusinessAccountService businesses) {
		this.sso = sso;
		this.access = access;
		this.businesses = businesses;
	}

	@GetMapping
	String page(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id, Model model) {
		SsoConnectionView view = context(id, user, model);
		model.addAttribute("ssoForm", SsoForm.of(view));
		return "sso/settings";
	}

	@PostMapping
	String save(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id,
			@Valid @ModelAttribute("ssoForm") SsoForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		context(id, user, model);
		if (!result.hasErrors()) {
			try {
				configure(id, user.id(), form);
				redirect.addFlashAttribute("ssoSaved", true);
				return "redirect:/business/" + id + "/sso";
			}
			catch (ValidationException ex) {
				ex.fieldErrors().forEach(result::rejectValue);
			}
			catch (SsoNotTestedException | NoVerifiedDomainException ex) {
				result.rejectValue("enabled", ex.messageKey());
			}
		}
		return "sso/settings";
	}

	/** Tests the saved settings; what was found is shown on the page after the redirect. */
	@PostMapping("/test")
	String test(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id, RedirectAttributes redirect) {
		this.access.administrator(id, user.id());
		try {
			SsoConnectionView tested = this.sso.test(id, user.id());
			redirect.addFlashAttribute("testResult", tested.lastTestResult());
		}
		catch (ValidationException ex) {
			redirect.addFlashAttribute("testError", "sso.page.test.saveFirst");
		}
		return "redirect:/business/" + id + "/sso";
	}

	private void configure(UUID id, UUID callerId, SsoForm form) {
		try {
			this.sso.configure(id, callerId, form.toChange());
		}
		catch (DuplicateKeyException ex) {
			// Two first saves at the same moment (a double click, a second tab): the other one stored
			// the settings, so this one changes them.
			this.sso.configure(id, callerId, form.toChange());
		}
	}

	private SsoConnectionView context(UUID id, AccordUser user, Model model) {
		model.addAttribute("membership", this.access.administrator(id, user.id()));
		model.addAttribute("business", this.businesses.get(id, user.id()));
		SsoConnectionView view = this.sso.view(id, user.id());
		model.addAttribute("sso", view);
		model.addAttribute("limits", SsoForm.Limits.SSO);
		return view;
	}

}
