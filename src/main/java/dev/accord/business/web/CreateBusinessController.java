package dev.accord.business.web;

import dev.accord.account.AccordUser;
import dev.accord.account.LastContext;
import dev.accord.account.LastContexts;
import dev.accord.account.AccountService;
import dev.accord.account.AccountView;
import dev.accord.account.EmailTakenException;
import dev.accord.account.SignIn;
import dev.accord.account.SignUpForm;
import dev.accord.business.BusinessAccountService;
import dev.accord.business.BusinessAccountView;
import dev.accord.business.CompanyInfo;
import dev.accord.business.MembershipService;
import dev.accord.platform.Languages;
import dev.accord.platform.ValidationException;
import dev.accord.shared.Language;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The personal Dashboard, "Create business account" for a signed-in person, and the
 * "A Business Customer" sign-up path that creates the person and the company together.
 */
@Controller
class CreateBusinessController {

	private final BusinessAccountService businesses;

	private final Countries countryList;

	private final MembershipService memberships;

	private final AccountService accounts;

	private final SignIn signIn;

	private final Languages languages;

	private final TransactionTemplate transaction;

	/** What other modules add to the personal Dashboard (pending invitations). */
	private final java.util.List<dev.accord.business.PersonalDashboardSection> sections;

	private final LastContexts lastContexts;

	CreateBusinessController(BusinessAccountService businesses, MembershipService memberships,
			AccountService accounts, SignIn signIn, Languages languages, TransactionTemplate transaction, Countries countryList,
			java.util.List<dev.accord.business.PersonalDashboardSection> sections, LastContexts lastContexts) {
		this.sections = sections;
		this.lastContexts = lastContexts;
		this.countryList = countryList;
		this.businesses = businesses;
		this.memberships = memberships;
		this.accounts = accounts;
		this.signIn = signIn;
		this.languages = languages;
		this.transaction = transaction;
	}

	@ModelAttribute("countries")
	java.util.List<Countries.Country> countries(java.util.Locale locale) {
		return this.countryList.in(locale);
	}

	@GetMapping("/dashboard")
	String personalDashboard(@AuthenticationPrincipal AccordUser user, Model model) {
		this.lastContexts.remember(user.id(), LastContext.personal());
		model.addAttribute("memberships", this.memberships.membershipsOf(user.id()));
		this.sections.forEach((section) -> model.addAllAttributes(section.attributes(user.id())));
		return "business/personal-dashboard";
	}

	@GetMapping("/business/new")
	String createPage(@ModelAttribute("companyForm") CompanyForm form) {
		return "business/new";
	}

	@PostMapping("/business/new")
	String create(@AuthenticationPrincipal AccordUser user, @Valid @ModelAttribute("companyForm") CompanyForm form,
			BindingResult result) {
		if (!result.hasErrors()) {
			try {
				BusinessAccountView business = this.businesses.create(user.id(), form.toCompanyInfo());
				return "redirect:/business/" + business.id() + "/dashboard";
			}
			catch (ValidationException ex) {
				ex.fieldErrors().forEach(result::rejectValue);
			}
		}
		return "business/new";
	}

	@GetMapping("/signup/business")
	String businessSignUpPage(@ModelAttribute("form") SignUpForm form,
			@ModelAttribute("companyForm") CompanyForm company, HttpServletRequest request) {
		form.setLanguage(Language.closest(this.languages.current(request)).orElse(Language.EN).tag());
		return "business/signup";
	}

	@PostMapping("/signup/business")
	String businessSignUp(@Valid @ModelAttribute("form") SignUpForm form, BindingResult personErrors,
			@Valid @ModelAttribute("companyForm") CompanyForm company, BindingResult companyErrors,
			HttpServletRequest request, HttpServletResponse response) {
		if (!personErrors.hasErrors() && !companyErrors.hasErrors()) {
			try {
				CompanyInfo info = company.toCompanyInfo();
				Created created = this.transaction.execute((status) -> {
					AccountView account = this.accounts.signUp(form.toSignUp());
					return new Created(account, this.businesses.create(account.id(), info));
				});
				this.signIn.signIn(created.account(), request, response);
				return "redirect:/business/" + created.business().id() + "/dashboard";
			}
			catch (EmailTakenException ex) {
				personErrors.rejectValue("email", ex.messageKey());
			}
			catch (ValidationException ex) {
				ex.fieldErrors().forEach(companyErrors::rejectValue);
			}
		}
		form.setPassword(null);
		return "business/signup";
	}

	private record Created(AccountView account, BusinessAccountView business) {
	}

}
