package dev.accord.licensing.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.accord.account.AccordUser;
import dev.accord.licensing.KeyType;
import dev.accord.licensing.KeyView;
import dev.accord.licensing.AdditionalKeys;
import dev.accord.licensing.LicenseAdministrators;
import dev.accord.licensing.LicensingService;
import dev.accord.licensing.ProvisioningService;
import dev.accord.licensing.SubscriptionSettings;
import dev.accord.licensing.SubscriptionView;
import dev.accord.platform.SingleLine;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Subscriptions, license keys and License Administrators (spec §4), plus operator provisioning. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Licensing")
class LicensingApiController {

	private final LicensingService licensing;

	private final SubscriptionSettings settings;

	private final AdditionalKeys additionalKeys;

	private final LicenseAdministrators administrators;

	private final ProvisioningService provisioning;

	LicensingApiController(LicensingService licensing, SubscriptionSettings settings, AdditionalKeys additionalKeys,
			LicenseAdministrators administrators, ProvisioningService provisioning) {
		this.licensing = licensing;
		this.settings = settings;
		this.additionalKeys = additionalKeys;
		this.administrators = administrators;
		this.provisioning = provisioning;
	}

	@PostMapping("/operator/subscriptions")
	@ResponseStatus(HttpStatus.CREATED)
	ProvisioningService.Provisioned provision(@AuthenticationPrincipal AccordUser user,
			@Valid @RequestBody ProvisionRequest request) {
		return this.provisioning.provision(user.id(), request.businessAccountId(), request.product().trim(),
				request.seats(), request.activationDate(), request.expirationDate());
	}

	@GetMapping("/business-accounts/{id}/subscriptions")
	Map<String, List<SubscriptionView>> subscriptions(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id) {
		return Map.of("items", this.licensing.subscriptions(id, user.id()));
	}

	@PatchMapping("/business-accounts/{id}/subscriptions/{sid}")
	SubscriptionView changeSubscription(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id,
			@PathVariable UUID sid, @Valid @RequestBody SubscriptionPatch patch) {
		return this.settings.change(id, user.id(), sid, patch.name(), patch.autoRenew());
	}

	@PostMapping("/business-accounts/{id}/license-keys/register")
	SubscriptionView register(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id,
			@Valid @RequestBody RegisterRequest request) {
		UUID subscription = this.provisioning.register(id, user.id(), request.key());
		return this.licensing.subscription(id, user.id(), subscription);
	}

	@GetMapping("/business-accounts/{id}/license-keys")
	Map<String, List<KeyView>> keys(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id) {
		return Map.of("items", this.licensing.keys(id, user.id()));
	}

	@PostMapping("/business-accounts/{id}/subscriptions/{sid}/license-keys")
	@ResponseStatus(HttpStatus.CREATED)
	KeyView createKey(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id, @PathVariable UUID sid,
			@Valid @RequestBody KeyRequest request) {
		return this.additionalKeys.create(id, user.id(), sid, request.name(), request.limit(), request.type(),
				request.expiresAt());
	}

	@PatchMapping("/business-accounts/{id}/license-keys/{kid}")
	KeyView changeKey(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id, @PathVariable UUID kid,
			@Valid @RequestBody KeyPatch patch) {
		return this.additionalKeys.change(id, user.id(), kid, patch.name(), patch.limit());
	}

	@DeleteMapping("/business-accounts/{id}/license-keys/{kid}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void deleteKey(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id, @PathVariable UUID kid) {
		this.additionalKeys.delete(id, user.id(), kid);
	}

	@PutMapping("/business-accounts/{id}/license-keys/{kid}/administrators/{userId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void grant(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id, @PathVariable UUID kid,
			@PathVariable UUID userId) {
		this.administrators.grant(id, user.id(), kid, userId);
	}

	@DeleteMapping("/business-accounts/{id}/license-keys/{kid}/administrators/{userId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void revoke(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id, @PathVariable UUID kid,
			@PathVariable UUID userId) {
		this.administrators.remove(id, user.id(), kid, userId);
	}

	record ProvisionRequest(UUID businessAccountId,
			@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") @SingleLine String product,
			@Min(value = 1, message = "{validation.range}") @Max(value = 1_000_000, message = "{validation.range}") int seats,
			@NotNull(message = "{validation.required}") LocalDate activationDate,
			@NotNull(message = "{validation.required}") LocalDate expirationDate) {
	}

	record SubscriptionPatch(@Size(max = 200, message = "{validation.tooLong}") @SingleLine String name, Boolean autoRenew) {
	}

	record RegisterRequest(@NotBlank(message = "{validation.required}") @Size(max = 60,
			message = "{validation.tooLong}") @SingleLine String key) {
	}

	record KeyRequest(@NotBlank(message = "{validation.required}") @Size(max = 200,
			message = "{validation.tooLong}") @SingleLine String name,
			@Min(value = 1, message = "{validation.range}") int limit,
			@NotNull(message = "{validation.choose}") KeyType type, LocalDate expiresAt) {
	}

	record KeyPatch(@Size(max = 200, message = "{validation.tooLong}") @SingleLine String name,
			@Min(value = 1, message = "{validation.range}") Integer limit) {
	}

}
