package dev.accord.account.web;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

import dev.accord.account.AccordUser;
import dev.accord.account.AccountService;
import dev.accord.account.AccountView;
import dev.accord.account.ApiTokenService;
import dev.accord.account.SessionService;
import dev.accord.account.Passkeys;
import dev.accord.account.TokenExpiry;
import dev.accord.account.TokenScope;
import dev.accord.account.TrustedDevices;
import dev.accord.platform.Languages;
import dev.accord.platform.RateLimitedException;
import dev.accord.platform.TimeZones;
import dev.accord.platform.ValidationException;
import dev.accord.shared.Language;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Personal Profile and Security Settings. */
@Controller
class SettingsController {

	private final AccountService accounts;

	private final ApiTokenService tokens;

	private final Languages languages;

	private final Clock clock;

	private final SessionService sessions;

	private final TrustedDevices devices;

	private final Passkeys passkeys;

	SettingsController(AccountService accounts, ApiTokenService tokens, Languages languages, Clock clock,
			SessionService sessions, TrustedDevices devices, Passkeys passkeys) {
		this.sessions = sessions;
		this.devices = devices;
		this.accounts = accounts;
		this.passkeys = passkeys;
		this.tokens = tokens;
		this.languages = languages;
		this.clock = clock;
	}

	@GetMapping("/profile")
	String profile(@AuthenticationPrincipal AccordUser user, Model model) {
		AccountView account = this.accounts.get(user.id());
		ProfileForm form = new ProfileForm();
		form.setFirstName(account.firstName());
		form.setLastName(account.lastName());
		form.setLanguage(account.language().tag());
		Optional<ZoneId> zone = this.accounts.timeZone(user.id());
		form.setTimeZone(zone.orElse(TimeZones.DEFAULT).getId());
		model.addAttribute("form", form);
		model.addAttribute("timeZoneChosen", zone.isPresent());
		return profilePage(user, model);
	}

	@PostMapping("/profile")
	String saveProfile(@AuthenticationPrincipal AccordUser user, @Valid @ModelAttribute("form") ProfileForm form,
			BindingResult result, Model model, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		if (!result.hasFieldErrors("language") && Language.ofTag(form.getLanguage()).isEmpty()) {
			result.rejectValue("language", "validation.language");
		}
		// A form sent without a zone (an older page) keeps the stored one, or UTC.
		Optional<ZoneId> zone = (form.getTimeZone() == null) ? Optional.of(this.accounts.timeZone(user.id())
			.orElse(TimeZones.DEFAULT)) : TimeZones.parse(form.getTimeZone());
		if (zone.isEmpty()) {
			result.rejectValue("timeZone", "validation.timeZone");
		}
		if (result.hasErrors()) {
			model.addAttribute("timeZoneChosen", true);
			return profilePage(user, model);
		}
		AccountView account = this.accounts.changeProfile(user.id(), form.getFirstName(), form.getLastName(),
				Language.fromTagOrDefault(form.getLanguage()));
		this.accounts.changeTimeZone(user.id(), zone.get());
		this.languages.use(account.language(), request, response);
		TimeZones.use(zone.get(), request);
		redirect.addFlashAttribute("saved", true);
		return "redirect:/profile";
	}

	@GetMapping("/security")
	String security(@AuthenticationPrincipal AccordUser user, Model model) {
		if (!model.containsAttribute("passwordForm")) {
			model.addAttribute("passwordForm", new PasswordForm());
		}
		return securityPage(user, model);
	}

	@PostMapping("/security/password")
	String changePassword(@AuthenticationPrincipal AccordUser user,
			@Valid @ModelAttribute("passwordForm") PasswordForm form, BindingResult result, Model model,
			HttpSession session, RedirectAttributes redirect) {
		if (!result.hasFieldErrors("newPassword") && !result.hasFieldErrors("confirmNewPassword") && !form.confirmed()) {
			result.rejectValue("confirmNewPassword", "validation.password.mismatch");
		}
		if (!result.hasErrors()) {
			try {
				this.accounts.changePassword(user.id(), form.getCurrentPassword(), form.getNewPassword(), session.getId());
				redirect.addFlashAttribute("passwordChanged", true);
				return "redirect:/security";
			}
			catch (ValidationException ex) {
				ex.fieldErrors().forEach(result::rejectValue);
			}
			catch (RateLimitedException ex) {
				result.rejectValue("currentPassword", ex.messageKey(), ex.args(), null);
			}
		}
		return securityPage(user, model);
	}

	@PostMapping("/security/sessions/sign-out-others")
	String signOutOthers(@AuthenticationPrincipal AccordUser user, HttpSession session, RedirectAttributes redirect) {
		redirect.addFlashAttribute("sessionsEnded", this.accounts.signOutOtherSessions(user.id(), session.getId()));
		return "redirect:/security";
	}

	@PostMapping("/security/tokens")
	String createToken(@AuthenticationPrincipal AccordUser user, @Valid @ModelAttribute("tokenForm") TokenForm form,
			BindingResult result, Model model) {
		model.addAttribute("passwordForm", new PasswordForm());
		TokenScope scope = form.scopeOrNull();
		if (scope == null) {
			result.rejectValue("scope", "validation.tokenScope");
		}
		TokenExpiry expiry = expiry(form, result);
		if (result.hasErrors()) {
			return securityPage(user, model);
		}
		model.addAttribute("createdToken", this.tokens.create(user.id(), form.getName().trim(), expiry, scope));
		model.addAttribute("tokenForm", new TokenForm());
		return securityPage(user, model);
	}

	@PostMapping("/security/tokens/{id}/revoke")
	String revokeToken(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id, RedirectAttributes redirect) {
		this.tokens.revoke(user.id(), id);
		redirect.addFlashAttribute("tokenRevoked", true);
		return "redirect:/security";
	}

	/** The form's expiry, or null with a field error (on the choice, or on the date). */
	private TokenExpiry expiry(TokenForm form, BindingResult result) {
		if (result.hasFieldErrors("expiryDate")) {
			return null;
		}
		boolean onDate = TokenExpiry.DATE.equals(form.getExpiry());
		try {
			if (onDate) {
				return TokenExpiry.onDate("expiryDate", form.getExpiryDate(), this.clock);
			}
			if (form.getExpiry() == null || !TokenForm.expiryChoices().contains(form.getExpiry())) {
				throw ValidationException.of("expiry", "validation.tokenExpiry");
			}
			return TokenExpiry.parse("expiry", form.getExpiry(), this.clock);
		}
		catch (ValidationException ex) {
			ex.fieldErrors().forEach(result::rejectValue);
			return null;
		}
	}

	private String profilePage(AccordUser user, Model model) {
		EmailChangeForm.addTo(model);
		model.addAttribute("account", this.accounts.get(user.id()));
		model.addAttribute("timeZones", TimeZones.ids());
		return "account/profile";
	}

	private String securityPage(AccordUser user, Model model) {
		if (!model.containsAttribute("tokenForm")) {
			model.addAttribute("tokenForm", new TokenForm());
		}
		model.addAttribute("tokens", this.tokens.list(user.id()));
		model.addAttribute("sessions", this.sessions.list(user.id(),
				org.springframework.web.context.request.RequestContextHolder.currentRequestAttributes().getSessionId()));
		model.addAttribute("devices", this.devices.list(user.id(),
				((org.springframework.web.context.request.ServletRequestAttributes) org.springframework.web.context.request.RequestContextHolder
					.currentRequestAttributes()).getRequest()));
		model.addAttribute("passkeys", this.passkeys.list(user.id()));
		return "account/security";
	}

}
