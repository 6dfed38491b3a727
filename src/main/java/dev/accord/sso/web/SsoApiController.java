package dev.accord.sso.web;

import java.util.UUID;

import dev.accord.account.AccordUser;
import dev.accord.sso.SsoAdministration;
import dev.accord.sso.SsoChange;
import dev.accord.sso.SsoConnectionView;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A business account's single sign-on, for its Account Administrators (404 for everyone else). */
@RestController
@RequestMapping("/api/v1/business-accounts/{id}/sso")
@Tag(name = "Single sign-on")
class SsoApiController {

	private final SsoAdministration sso;

	SsoApiController(SsoAdministration sso) {
		this.sso = sso;
	}

	@GetMapping
	SsoConnectionView get(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id) {
		return this.sso.view(id, user.id());
	}

	/** 422 for bad fields; 409 {@code SSO_NOT_TESTED} or {@code NO_VERIFIED_DOMAIN} when switching on too early. */
	@PutMapping
	SsoConnectionView put(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id,
			@Valid @RequestBody SsoRequest request) {
		return this.sso.configure(id, user.id(), request.toChange());
	}

	/** Fetches the provider's discovery document and signing keys; the result is in {@code lastTestResult}. */
	@PostMapping("/test")
	SsoConnectionView test(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id) {
		return this.sso.test(id, user.id());
	}

	/** The settings; {@code clientSecret} is write-only, and left out (or blank) it keeps the stored one. */
	record SsoRequest(
			@Schema(description = "Issuer URL with OIDC discovery", example = "https://login.example.com/realms/acme")
			@Size(max = SsoChange.MAX_ISSUER, message = "{validation.tooLong}") String issuer,
			@Size(max = SsoChange.MAX_CLIENT_ID, message = "{validation.tooLong}") String clientId,
			@Schema(accessMode = Schema.AccessMode.WRITE_ONLY)
			@Size(max = SsoChange.MAX_CLIENT_SECRET, message = "{validation.tooLong}") String clientSecret,
			Boolean enabled, Boolean requireSso, Boolean joinOnFirstSignIn,
			@Size(max = SsoChange.MAX_CLAIM, message = "{validation.tooLong}") String adminClaim,
			@Size(max = SsoChange.MAX_CLAIM_VALUE, message = "{validation.tooLong}") String adminClaimValue) {

		SsoChange toChange() {
			return new SsoChange(this.issuer, this.clientId, this.clientSecret, Boolean.TRUE.equals(this.enabled),
					Boolean.TRUE.equals(this.requireSso), Boolean.TRUE.equals(this.joinOnFirstSignIn), this.adminClaim,
					this.adminClaimValue);
		}

	}

}
