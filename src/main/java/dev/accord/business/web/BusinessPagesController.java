package dev.accord.business.web;

import java.util.UUID;

import dev.accord.account.AccordUser;
import dev.accord.account.LastContext;
import dev.accord.account.LastContexts;
import dev.accord.business.BusinessAccess;
import dev.accord.business.BusinessAccountService;
import dev.accord.business.BusinessAccountView;
import dev.accord.business.DashboardSection;
import dev.accord.business.LastAdministratorException;
import dev.accord.business.MembershipService;
import dev.accord.business.MembershipView;
import dev.accord.business.TwoStepNotSetUpException;
import dev.accord.platform.Confirmation;
import dev.accord.platform.ValidationException;
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

/** The business context: its Dashboard, Business Profile, Edit Company Information and leaving. */
@Controller
class BusinessPagesController {

	private final BusinessAccountService businesses;

	private final Countries countryList;

	private final MembershipService memberships;

	private final BusinessAccess access;

	private final ObjectProvider<DashboardSection> sections;

	private final LastContexts lastContexts;

	BusinessPagesController(BusinessAccountService businesses, MembershipService memberships, BusinessAccess access, Countries countryList,
			ObjectProvider<DashboardSection> sections, LastContexts lastContexts) {
		this.sections = sections;
		this.lastContexts = lastContexts;
		this.countryList = countryList;
		this.businesses = businesses;
		this.memberships = memberships;
		this.access = access;
	}

	@ModelAttribute("countries")
	java.util.List<Countries.Country> countries(java.util.Locale locale) {
		return this.countryList.in(locale);
	}

	@GetMapping("/business/{id}/dashboard")
	String dashboard(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id, Model model) {
		context(id, user, model);
		this.lastContexts.remember(user.id(), new LastContext(id));
		this.sections.orderedStream().forEach((section) -> section.contribute(id, user.id(), model.asMap()));
		return "business/dashboard";
	}

	@GetMapping("/business/{id}/profile")
	String profile(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id, Model model) {
		context(id, user, model);
		return "business/profile";
	}

	@GetMapping("/business/{id}/profile/edit")
	String edit(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id, HtmxRequest htmx, Model model) {
		this.access.administrator(id, user.id());
		BusinessAccountView business = context(id, user, model);
		model.addAttribute("companyForm", CompanyForm.of(business));
		return editView(htmx, model);
	}

	@PostMapping("/business/{id}/profile/edit")
	String saveEdit(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id,
			@Valid @ModelAttribute("companyForm") CompanyForm form, BindingResult result, HtmxRequest htmx,
			Model model, RedirectAttributes redirect) {
		this.access.administrator(id, user.id());
		if (!result.hasErrors()) {
			try {
				this.businesses.changeCompanyInfo(id, user.id(), form.toCompanyInfo());
				redirect.addFlashAttribute("saved", true);
				return Redirects.to(htmx, "/business/" + id + "/profile");
			}
			catch (ValidationException ex) {
				ex.fieldErrors().forEach(result::rejectValue);
			}
		}
		context(id, user, model);
		return editView(htmx, model);
	}

	@PostMapping("/business/{id}/profile/two-step")
	String requireTwoStep(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id,
			@RequestParam(defaultValue = "false") boolean required, RedirectAttributes redirect) {
		try {
			this.businesses.requireTwoStep(id, user.id(), required);
			redirect.addFlashAttribute("twoStepSwitched", required);
		}
		catch (TwoStepNotSetUpException ex) {
			redirect.addFlashAttribute("twoStepError", ex.messageKey());
		}
		return "redirect:/business/" + id + "/profile";
	}

	@PostMapping("/business/{id}/leave")
	String leave(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id,
			@RequestParam(defaultValue = "false") boolean confirmed, HtmxRequest htmx, Model model,
			RedirectAttributes redirect) {
		BusinessAccountView business = context(id, user, model);
		if (!confirmed) {
			String profile = "/business/" + id + "/profile";
			model.addAttribute(Confirmation.ATTRIBUTE,
					Confirmation.of("profile.leave.title", "profile.leave", "/business/" + id + "/leave", profile)
						.say("profile.leave.what", business.companyName()));
			return Confirmation.view(htmx.isHtmxRequest());
		}
		try {
			this.memberships.leave(id, user.id());
		}
		catch (LastAdministratorException ex) {
			redirect.addFlashAttribute("leaveError", ex.messageKey());
			return Redirects.to(htmx, "/business/" + id + "/profile");
		}
		redirect.addFlashAttribute("left", true);
		return Redirects.to(htmx, "/dashboard");
	}

	private String editView(HtmxRequest htmx, Model model) {
		if (htmx.isHtmxRequest()) {
			return "business/profile :: editDialog";
		}
		model.addAttribute("editing", true);
		return "business/profile";
	}

	private BusinessAccountView context(UUID id, AccordUser user, Model model) {
		MembershipView membership = this.access.member(id, user.id());
		BusinessAccountView business = this.businesses.get(id, user.id());
		model.addAttribute("business", business);
		model.addAttribute("membership", membership);
		model.addAttribute("administrators", this.memberships.administrators(id, user.id()));
		return business;
	}

}
