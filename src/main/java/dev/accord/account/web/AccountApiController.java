package dev.accord.account.web;

import java.time.Clock;
import java.util.UUID;

import dev.accord.account.AccordUser;
import dev.accord.account.AccountService;
import dev.accord.account.AccountView;
import dev.accord.account.ApiTokenService;
import dev.accord.account.EmailChangeService;
import dev.accord.account.EmailVerificationService;
import dev.accord.account.PasswordPolicy;
import dev.accord.account.ValidPersonName;
import dev.accord.account.SignUp;
import dev.accord.account.TokenExpiry;
import dev.accord.account.TokenScope;
import dev.accord.account.TooManyAttemptsException;
import dev.accord.account.TwoStepService;
import dev.accord.account.TwoStepStatus;
import dev.accord.account.ValidPassword;
import dev.accord.platform.RateLimitedException;
import dev.accord.platform.SingleLine;
import dev.accord.shared.EmailAddress;
import dev.accord.shared.Language;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Sign-up, personal access tokens, and proving or changing one's email over the API. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Accounts")
class AccountApiController {

	private final AccountService accounts;

	private final ApiTokenService tokens;

	private final AuthenticationManager authentication;

	private final Clock clock;

	private final TwoStepService twoStep;

	private final TwoStepStatus twoStepStatus;

	private final EmailVerificationService verification;

	private final EmailChangeService emailChanges;

	AccountApiController(AccountService accounts, ApiTokenService tokens, AuthenticationManager authentication,
			Clock clock, TwoStepService twoStep, TwoStepStatus twoStepStatus, EmailVerificationService verification,
			EmailChangeService emailChanges) {
		this.twoStep = twoStep;
		this.twoStepStatus = twoStepStatus;
		this.accounts = accounts;
		this.verification = verification;
		this.emailChanges = emailChanges;
		this.tokens = tokens;
		this.authentication = authentication;
		this.clock = clock;
	}

	@PostMapping("/signup")
	@ResponseStatus(HttpStatus.CREATED)
	SignedUp signUp(@Valid @RequestBody SignUpRequest request) {
		AccountView account = this.accounts.signUp(new SignUp(request.email(), request.password(), request.firstName(),
				request.lastName(), Language.fromTagOrDefault(request.language()), false));
		return new SignedUp(account.id(), account.email());
	}

	@PostMapping("/tokens")
	@ResponseStatus(HttpStatus.CREATED)
	ApiTokenService.CreatedToken createToken(@Valid @RequestBody TokenRequest request) {
		// Checked like the other fields: before the password, so a bad expiry is 422 whoever asks.
		TokenExpiry expiry = TokenExpiry.parse("expiry", request.expiry(), this.clock);
		AccordUser user;
		try {
			user = (AccordUser) this.authentication
				.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(request.email(), request.password()))
				.getPrincipal();
		}
		catch (TooManyAttemptsException ex) {
			throw new RateLimitedException(ex.retryAfter(), "signin.throttled", ex.waitSeconds());
		}
		catch (dev.accord.account.SignInPolicies.CompanySignInRequired ex) {
			throw new dev.accord.account.SsoRequiredException();
		}
		catch (AuthenticationException ex) {
			throw new BadCredentialsProblem();
		}
		checkSecondStep(user, request.code());
		return this.tokens.create(user.id(), request.name(), expiry,
				(request.scope() != null) ? request.scope() : TokenScope.FULL);
	}

	/** A person with two-step verification adds a code from the app (or a recovery code), throttled like passwords. */
	private void checkSecondStep(AccordUser user, String code) {
		if (!this.twoStep.codeRequired(user.id())) {
			if (this.twoStepStatus.enabled(user.id())) {
				// A passkey cannot be sent in a JSON body: a password alone must not mint a token.
				throw new PasskeySignInRequired();
			}
			return;
		}
		if (code == null || code.isBlank()) {
			throw new TwoStepProblem("TWO_STEP_CODE_REQUIRED", "error.twoStepCodeRequired");
		}
		if (!this.twoStep.verify(user.id(), code)) {
			throw new TwoStepProblem("TWO_STEP_CODE_WRONG", "error.twoStepCodeWrong");
		}
	}

	@DeleteMapping("/tokens/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void revokeToken(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id) {
		this.tokens.revoke(user.id(), id);
	}

	/** Mails another verification link: 409 {@code EMAIL_ALREADY_VERIFIED}, 429 past the limits. */
	@PostMapping("/me/email-verification")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void resendVerification(@AuthenticationPrincipal AccordUser user) {
		this.verification.resend(user.id());
	}

	/**
	 * Asks to change the email: 202 whether or not the new address is free (its link, or a note to
	 * its owner, goes out by mail); 422 for a wrong password or a malformed address; 429 past the limits.
	 */
	@PostMapping("/me/email-change")
	@ResponseStatus(HttpStatus.ACCEPTED)
	void changeEmail(@AuthenticationPrincipal AccordUser user, @Valid @RequestBody EmailChangeRequest request) {
		this.emailChanges.request(user.id(), request.newEmail(), request.password());
	}

	record EmailChangeRequest(
			@Schema(description = "The address to change to; it changes when the link mailed to it is followed")
			@NotBlank(message = "{validation.required}") @Size(max = EmailAddress.MAX_LENGTH,
					message = "{validation.tooLong}") @Pattern(regexp = EmailAddress.PATTERN,
							message = "{validation.email}") String newEmail,
			@Schema(description = "The current password")
			@NotBlank(message = "{validation.required}") @Size(max = PasswordPolicy.MAX_LENGTH,
					message = "{validation.tooLong}") String password) {

		@Override
		public String toString() {
			return "EmailChangeRequest[" + this.newEmail + "]";
		}
	}

	record SignUpRequest(
			@NotBlank(message = "{validation.required}") @Size(max = EmailAddress.MAX_LENGTH,
					message = "{validation.tooLong}") @Pattern(regexp = EmailAddress.PATTERN,
							message = "{validation.email}") String email,
			@NotBlank(message = "{validation.required}") @ValidPassword String password,
			@NotBlank(message = "{validation.required}") @ValidPersonName String firstName,
			@NotBlank(message = "{validation.required}") @ValidPersonName String lastName,
			@Pattern(regexp = "en|de|fr|es|it|ja|ko|zh-CN|zh-TW|ru|pt-BR",
					message = "{validation.language}") String language) {

		@Override
		public String toString() {
			return "SignUpRequest[" + this.email + "]";
		}
	}

	record TokenRequest(@NotBlank(message = "{validation.required}") @Size(max = EmailAddress.MAX_LENGTH,
			message = "{validation.tooLong}") String email,
			@NotBlank(message = "{validation.required}") @Size(max = PasswordPolicy.MAX_LENGTH,
					message = "{validation.tooLong}") String password,
			@NotBlank(message = "{validation.required}") @Size(max = ApiTokenService.MAX_NAME_LENGTH,
					message = "{validation.tooLong}") @SingleLine String name,
			@Schema(description = "When the token stops working: 7, 30 or 90 (days), none, or the last day it works "
					+ "as an ISO date (UTC, tomorrow to a year ahead); default 90", example = "30",
					pattern = "7|30|90|none|\\d{4}-\\d{2}-\\d{2}") @Size(max = 10,
							message = "{validation.tokenExpiry}") String expiry,
			@Schema(description = "READ_ONLY allows only GET, HEAD and OPTIONS; default FULL") TokenScope scope,
			@Schema(description = "For an account with two-step verification: the code the authenticator app shows, "
					+ "or an unused recovery code; without it such an account is answered 401 TWO_STEP_CODE_REQUIRED",
					example = "123456") @Size(max = 40, message = "{validation.tooLong}") String code) {

		@Override
		public String toString() {
			return "TokenRequest[" + this.email + "]";
		}
	}

	record SignedUp(UUID id, String email) {
	}

	static class PasskeySignInRequired extends dev.accord.platform.AccordException {

		PasskeySignInRequired() {
			super(HttpStatus.FORBIDDEN, "PASSKEY_SIGN_IN_REQUIRED", "error.passkeySignInRequired");
		}

	}

	static class TwoStepProblem extends dev.accord.platform.AccordException {

		TwoStepProblem(String code, String messageKey) {
			super(HttpStatus.UNAUTHORIZED, code, messageKey);
		}

	}

	static class BadCredentialsProblem extends dev.accord.platform.AccordException {

		BadCredentialsProblem() {
			super(HttpStatus.UNAUTHORIZED, "BAD_CREDENTIALS", "error.badCredentials");
		}

	}

}
