package dev.accord.business.web;

import java.util.UUID;

import dev.accord.account.AccordUser;
import dev.accord.business.BusinessAccess;
import dev.accord.business.BusinessAccountService;
import dev.accord.business.BusinessAccountView;
import dev.accord.business.DashboardSection;
import dev.accord.business.LastAdministratorException;
import dev.accord.business.MembershipService;
import dev.accord.business.MembershipView;
import dev.accord.platform.ValidationException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/** The business context: its Dashboard, Business Profile, Edit Company Information and leaving. */
@Controller
class BusinessPagesController {

	private final BusinessAccountService businesses;

	private final Countries countryList;

	private final MembershipService memberships;

	private final BusinessAccess access;

	private final ObjectProvider<DashboardSection> sections;

	BusinessPagesController(BusinessAccountService businesses, MembershipService memberships, BusinessAccess access, Countries countryList,
			ObjectProvider<DashboardSection> sections) {
		this.sections = sections;
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
		this.sections.orderedStream().forEach((section) -> section.contribute(id, user.id(), model.asMap()));
		return "business/dashboard";
	}

	@GetMapping("/business/{id}/profile")
	String profile(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id, Model model) {
		context(id, user, model);
		return "business/profile";
	}

	@GetMapping("/business/{id}/profile/edit")
	String edit(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		this.access.administrator(id, user.id());
		BusinessAccountView business = context(id, user, model);
		model.addAttribute("companyForm", CompanyForm.of(business));
		return editView(htmx, model);
	}

	@PostMapping("/business/{id}/profile/edit")
	String saveEdit(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id,
			@Valid @ModelAttribute("companyForm") CompanyForm form, BindingResult result,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		this.access.administrator(id, user.id());
		if (!result.hasErrors()) {
			try {
				this.businesses.changeCompanyInfo(id, user.id(), form.toCompanyInfo());
				String profile = "/business/" + id + "/profile";
				if (htmx != null) {
					// An htmx request must not get a 302: the XHR would follow it and swap the whole page in.
					FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
					flash.put("saved", true);
					RequestContextUtils.saveOutputFlashMap(profile, request, response);
					response.setHeader("HX-Redirect", profile);
					return null;
				}
				redirect.addFlashAttribute("saved", true);
				return "redirect:" + profile;
			}
			catch (ValidationException ex) {
				ex.fieldErrors().forEach(result::rejectValue);
			}
		}
		context(id, user, model);
		return editView(htmx, model);
	}

	@PostMapping("/business/{id}/leave")
	String leave(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id, RedirectAttributes redirect) {
		try {
			this.memberships.leave(id, user.id());
		}
		catch (LastAdministratorException ex) {
			redirect.addFlashAttribute("leaveError", ex.messageKey());
			return "redirect:/business/" + id + "/profile";
		}
		redirect.addFlashAttribute("left", true);
		return "redirect:/dashboard";
	}

	private String editView(String htmx, Model model) {
		if (htmx != null) {
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
