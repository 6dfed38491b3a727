package dev.accord.scim.web;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.accord.account.AccordUser;
import dev.accord.business.BusinessAccess;
import dev.accord.business.BusinessAccountService;
import dev.accord.platform.AccordProperties;
import dev.accord.platform.Confirmation;
import dev.accord.platform.NotFoundException;
import dev.accord.platform.ValidationException;
import dev.accord.scim.CreatedScimToken;
import dev.accord.scim.ScimTokenView;
import dev.accord.scim.ScimTokens;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxViewResolver;
import jakarta.validation.Valid;
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
 * The User Provisioning (SCIM) page of a business account, for its Account Administrators: the SCIM
 * base URL to enter in the identity provider, Create token (the token is shown once, on the page the
 * creation redirects to, through a flash attribute) and the tokens with Revoke, which asks first.
 */
@Controller
class ScimPagesController {

	private final ScimTokens tokens;

	private final BusinessAccess access;

	private final BusinessAccountService businesses;

	private final AccordProperties properties;

	ScimPagesController(ScimTokens tokens, BusinessAccess access, BusinessAccountService businesses,
			AccordProperties properties) {
		this.tokens = tokens;
		this.access = access;
		this.businesses = businesses;
		this.properties = properties;
	}

	@GetMapping("/business/{id}/scim")
	String page(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id, Model model) {
		if (!model.containsAttribute("scimTokenForm")) {
			model.addAttribute("scimTokenForm", new ScimTokenForm());
		}
		return page(id, user, model);
	}

	@PostMapping("/business/{id}/scim/tokens")
	String create(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id,
			@Valid @ModelAttribute("scimTokenForm") ScimTokenForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.access.administrator(id, user.id());
		if (!result.hasErrors()) {
			try {
				CreatedScimToken created = this.tokens.create(id, user.id(), form.getName());
				// Plain strings: flash attributes travel in the (JDBC) session until the next page takes them.
				redirect.addFlashAttribute("createdScimTokenName", created.name());
				redirect.addFlashAttribute("createdScimTokenValue", created.token());
				return "redirect:" + path(id);
			}
			catch (ValidationException ex) {
				ex.fieldErrors().forEach(result::rejectValue);
			}
		}
		return page(id, user, model);
	}

	@PostMapping("/business/{id}/scim/tokens/{tokenId}/revoke")
	String revoke(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id, @PathVariable UUID tokenId,
			@RequestParam(defaultValue = "false") boolean confirmed, HtmxRequest htmx, Model model,
			RedirectAttributes redirect) {
		this.access.administrator(id, user.id());
		Optional<ScimTokenView> token = this.tokens.list(id, user.id())
			.stream()
			.filter((t) -> t.id().equals(tokenId) && !t.isRevoked())
			.findFirst();
		if (token.isEmpty()) {
			// Revoked since the page was shown (a second tab, a repeated click), or never this account's.
			return gone(htmx, id, redirect);
		}
		if (!confirmed) {
			model.addAttribute("business", this.businesses.get(id, user.id()));
			model.addAttribute(Confirmation.ATTRIBUTE,
					Confirmation.of("scim.page.revoke.title", "scim.page.revoke.confirm",
							path(id) + "/tokens/" + tokenId + "/revoke", path(id))
						.say("scim.page.revoke.what", token.get().name()));
			return Confirmation.view(htmx.isHtmxRequest());
		}
		try {
			this.tokens.revoke(id, user.id(), tokenId);
		}
		catch (NotFoundException ex) {
			return gone(htmx, id, redirect);
		}
		redirect.addFlashAttribute("scimTokenRevoked", token.get().name());
		return redirect(htmx, id);
	}

	private String gone(HtmxRequest htmx, UUID id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("scimTokenGone", true);
		return redirect(htmx, id);
	}

	/** A 302 for a plain request, {@code HX-Redirect} for htmx (its XHR would swap the whole page into the dialog). */
	private static String redirect(HtmxRequest htmx, UUID id) {
		return (htmx.isHtmxRequest() ? HtmxViewResolver.REDIRECT_URL_PREFIX : "redirect:") + path(id);
	}

	private String page(UUID id, AccordUser user, Model model) {
		model.addAttribute("membership", this.access.administrator(id, user.id()));
		model.addAttribute("business", this.businesses.get(id, user.id()));
		List<ScimTokenView> list = this.tokens.list(id, user.id());
		model.addAttribute("scimTokens", list);
		model.addAttribute("scimBaseUrl", this.properties.link("/scim/v2"));
		model.addAttribute("maxNameLength", ScimTokens.MAX_NAME_LENGTH);
		return "scim/scim";
	}

	private static String path(UUID id) {
		return "/business/" + id + "/scim";
	}

}
