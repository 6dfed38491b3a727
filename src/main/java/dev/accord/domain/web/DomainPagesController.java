package dev.accord.domain.web;

import java.util.Optional;
import java.util.UUID;

import dev.accord.account.AccordUser;
import dev.accord.business.BusinessAccess;
import dev.accord.business.BusinessAccountService;
import dev.accord.domain.DomainExistsException;
import dev.accord.domain.DomainService;
import dev.accord.domain.DomainSettings;
import dev.accord.domain.DomainStatus;
import dev.accord.domain.DomainTakenException;
import dev.accord.domain.DomainView;
import dev.accord.platform.Confirmation;
import dev.accord.platform.NotFoundException;
import dev.accord.platform.RateLimitedException;
import dev.accord.platform.ValidationException;
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
 * The Verified Domains page of a business account (Account Administrators only): its domains with
 * their TXT records, Add domain, Check now, Remove (which asks first) and "Invite only people of
 * verified domains". Every change redirects back to the page, which says what happened.
 */
@Controller
class DomainPagesController {

	private final DomainService domains;

	private final DomainSettings settings;

	private final BusinessAccess access;

	private final BusinessAccountService businesses;

	DomainPagesController(DomainService domains, DomainSettings settings, BusinessAccess access,
			BusinessAccountService businesses) {
		this.domains = domains;
		this.settings = settings;
		this.access = access;
		this.businesses = businesses;
	}

	@GetMapping("/business/{id}/domains")
	String page(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id, Model model) {
		model.addAttribute("domainForm", new DomainForm());
		return page(id, user, model);
	}

	@PostMapping("/business/{id}/domains")
	String add(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id,
			@Valid @ModelAttribute("domainForm") DomainForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.access.administrator(id, user.id());
		if (!result.hasErrors()) {
			try {
				DomainView added = this.domains.add(id, user.id(), form.getName());
				redirect.addFlashAttribute("domainAdded", added.name());
				return "redirect:" + path(id) + "#domain-" + added.id();
			}
			catch (ValidationException ex) {
				ex.fieldErrors().forEach(result::rejectValue);
			}
			catch (DomainExistsException | DomainTakenException ex) {
				result.rejectValue("name", ex.messageKey());
			}
		}
		return page(id, user, model);
	}

	@PostMapping("/business/{id}/domains/{domainId}/check")
	String check(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id, @PathVariable UUID domainId,
			RedirectAttributes redirect) {
		this.access.administrator(id, user.id());
		try {
			DomainView checked = this.domains.check(id, user.id(), domainId);
			// Flash attributes live in the session: strings, not the view record.
			redirect.addFlashAttribute("checkedName", checked.name());
			redirect.addFlashAttribute("checkedVerified", checked.status() == DomainStatus.VERIFIED);
			redirect.addFlashAttribute("checkedResult", String.valueOf(checked.lastCheckResult()));
		}
		catch (RateLimitedException ex) {
			redirect.addFlashAttribute("domainNotice", ex.messageKey());
		}
		catch (NotFoundException ex) {
			redirect.addFlashAttribute("domainNotice", "domain.page.gone");
			return "redirect:" + path(id);
		}
		return "redirect:" + path(id) + "#domain-" + domainId;
	}

	@PostMapping("/business/{id}/domains/{domainId}/remove")
	String remove(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id, @PathVariable UUID domainId,
			@RequestParam(defaultValue = "false") boolean confirmed, HtmxRequest htmx, Model model,
			RedirectAttributes redirect) {
		this.access.administrator(id, user.id());
		Optional<DomainView> domain = find(id, user, domainId);
		if (domain.isEmpty()) {
			// Removed since the page was shown (a second tab, a repeated click).
			redirect.addFlashAttribute("domainNotice", "domain.page.gone");
			return redirect(htmx, path(id));
		}
		if (!confirmed) {
			return ask(id, user, domain.get(), htmx, model);
		}
		try {
			this.domains.remove(id, user.id(), domainId);
		}
		catch (NotFoundException ex) {
			redirect.addFlashAttribute("domainNotice", "domain.page.gone");
			return redirect(htmx, path(id));
		}
		redirect.addFlashAttribute("domainRemoved", domain.get().name());
		return redirect(htmx, path(id));
	}

	@PostMapping("/business/{id}/domains/settings")
	String changeSettings(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id, SettingsForm form,
			RedirectAttributes redirect) {
		boolean on = form.on();
		this.settings.changeInviteOnlyVerifiedDomains(id, user.id(), on);
		redirect.addFlashAttribute("inviteOnlySwitched", on);
		return "redirect:" + path(id) + "#invite-only";
	}

	/** Remove, not yet confirmed: says what will happen, changes nothing. */
	private String ask(UUID id, AccordUser user, DomainView domain, HtmxRequest htmx, Model model) {
		model.addAttribute("business", this.businesses.get(id, user.id()));
		model.addAttribute(Confirmation.ATTRIBUTE,
				Confirmation.of("domain.page.remove.title", "domain.page.remove",
						path(id) + "/" + domain.id() + "/remove", path(id))
					.say("domain.page.remove.what", domain.name()));
		return Confirmation.view(htmx.isHtmxRequest());
	}

	private String page(UUID id, AccordUser user, Model model) {
		model.addAttribute("membership", this.access.administrator(id, user.id()));
		model.addAttribute("business", this.businesses.get(id, user.id()));
		model.addAttribute("domains", this.domains.list(id, user.id()));
		model.addAttribute("inviteOnly", this.settings.inviteOnlyVerifiedDomains(id, user.id()));
		return "domain/domains";
	}

	private Optional<DomainView> find(UUID id, AccordUser user, UUID domainId) {
		try {
			return Optional.of(this.domains.get(id, user.id(), domainId));
		}
		catch (NotFoundException ex) {
			return Optional.empty();
		}
	}

	/**
	 * "Invite only people of verified domains": the checkbox posts {@code inviteOnly=true}; an unchecked
	 * box posts nothing, which is off (as is any other value).
	 */
	record SettingsForm(String inviteOnly) {

		boolean on() {
			return "true".equals(this.inviteOnly) || "on".equals(this.inviteOnly);
		}

	}

	private static String path(UUID id) {
		return "/business/" + id + "/domains";
	}

	/** A 302, or {@code HX-Redirect} for htmx (whose XHR would swap the whole page into the dialog). */
	private static String redirect(HtmxRequest htmx, String path) {
		return (htmx.isHtmxRequest() ? HtmxViewResolver.REDIRECT_URL_PREFIX : "redirect:") + path;
	}

}
