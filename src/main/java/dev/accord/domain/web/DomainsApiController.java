package dev.accord.domain.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.accord.account.AccordUser;
import dev.accord.domain.CheckResult;
import dev.accord.domain.DomainName;
import dev.accord.domain.DomainService;
import dev.accord.domain.DomainSettings;
import dev.accord.domain.DomainStatus;
import dev.accord.domain.DomainView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Verified domains of a business account, and its "Invite only people of verified domains" (administrators). */
@RestController
@RequestMapping("/api/v1/business-accounts/{id}")
@Tag(name = "Verified domains")
class DomainsApiController {

	private final DomainService domains;

	private final DomainSettings settings;

	DomainsApiController(DomainService domains, DomainSettings settings) {
		this.domains = domains;
		this.settings = settings;
	}

	@GetMapping("/domains")
	@Operation(summary = "The business account's claimed domains, by name")
	Items list(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id) {
		return new Items(this.domains.list(id, user.id()).stream().map(Item::of).toList());
	}

	@PostMapping("/domains")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Claim a domain; publish the TXT record it answers, then check it. "
			+ "409 DOMAIN_EXISTS (added already), 409 DOMAIN_TAKEN (verified by another business account)")
	Item add(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id, @Valid @RequestBody AddRequest request) {
		return Item.of(this.domains.add(id, user.id(), request.name()));
	}

	@GetMapping("/domains/{domainId}")
	Item get(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id, @PathVariable UUID domainId) {
		return Item.of(this.domains.get(id, user.id(), domainId));
	}

	@PostMapping("/domains/{domainId}/check")
	@Operation(summary = "Look the domain's TXT record up now (at most every few seconds per domain, else 429 RATE_LIMITED)")
	Item check(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id, @PathVariable UUID domainId) {
		return Item.of(this.domains.check(id, user.id(), domainId));
	}

	@DeleteMapping("/domains/{domainId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void remove(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id, @PathVariable UUID domainId) {
		this.domains.remove(id, user.id(), domainId);
	}

	@GetMapping("/domain-settings")
	Settings settings(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id) {
		return new Settings(this.settings.inviteOnlyVerifiedDomains(id, user.id()));
	}

	@PutMapping("/domain-settings")
	@Operation(summary = "Switch \"Invite only people of verified domains\" (invitations to other domains: 422 DOMAIN_NOT_VERIFIED)")
	Settings changeSettings(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id,
			@Valid @RequestBody Settings request) {
		return new Settings(
				this.settings.changeInviteOnlyVerifiedDomains(id, user.id(), request.inviteOnlyVerifiedDomains()));
	}

	record AddRequest(@NotBlank(message = "{validation.required}") @Size(max = 4 * DomainName.MAX_LENGTH,
			message = "{domain.name.invalid}") String name) {
	}

	record Settings(@NotNull(message = "{validation.required}") Boolean inviteOnlyVerifiedDomains) {
	}

	/** The TXT record to publish: its type, where, and its value. */
	record TxtRecord(String type, String name, String value) {
	}

	record Item(UUID id, String name, DomainStatus status, TxtRecord record, Instant createdAt, Instant verifiedAt,
			Instant lastCheckedAt, CheckResult lastCheckResult) {

		static Item of(DomainView v) {
			return new Item(v.id(), v.name(), v.status(), new TxtRecord("TXT", v.name(), v.recordValue()), v.createdAt(),
					v.verifiedAt(), v.lastCheckedAt(), v.lastCheckResult());
		}
	}

	record Items(List<Item> items) {
	}

}
