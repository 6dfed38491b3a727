package dev.accord.invitation.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.accord.account.AccordUser;
import dev.accord.account.PasswordPolicy;
import dev.accord.account.ValidPersonName;
import dev.accord.business.Role;
import dev.accord.invitation.InvitationPage;
import dev.accord.invitation.InvitationQueries;
import dev.accord.invitation.InvitationService;
import dev.accord.invitation.InvitationStatus;
import dev.accord.invitation.InvitationView;
import dev.accord.invitation.InviteResult;
import dev.accord.invitation.JoinService;
import dev.accord.invitation.JoinView;
import dev.accord.invitation.Joined;
import dev.accord.invitation.InvitationGoneException;
import dev.accord.platform.ValidationException;
import dev.accord.shared.Language;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The invitation endpoints of spec §4. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Invitations")
class InvitationApiController {

	private final InvitationService invitations;

	private final InvitationQueries queries;

	private final JoinService joins;

	InvitationApiController(InvitationService invitations, InvitationQueries queries, JoinService joins) {
		this.invitations = invitations;
		this.queries = queries;
		this.joins = joins;
	}

	@PostMapping("/business-accounts/{id}/invitations")
	Map<String, List<InviteResult>> invite(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id,
			@Valid @RequestBody InviteRequest request) {
		Language language = Language.ofTag(request.language())
			.orElseThrow(() -> ValidationException.of("language", "validation.language"));
		return Map.of("results",
				this.invitations.invite(id, user.id(), language, request.emails(), request.expiresInDays(),
						request.licenseKeyIds(), (request.role() != null) ? request.role() : Role.REGULAR_MEMBER));
	}

	@GetMapping("/business-accounts/{id}/invitations")
	Page list(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id,
			@RequestParam(required = false) InvitationStatus status,
			@RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit,
			@RequestParam(required = false) String cursor) {
		InvitationPage page = this.queries.page(id, user.id(), status, cursor, limit);
		return new Page(page.items().stream().map(Item::of).toList(), page.nextCursor());
	}

	@PostMapping("/business-accounts/{id}/invitations/{invitationId}/resend")
	Item resend(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id, @PathVariable UUID invitationId) {
		return Item.of(this.invitations.resend(id, user.id(), invitationId));
	}

	@DeleteMapping("/business-accounts/{id}/invitations/{invitationId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void revoke(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id, @PathVariable UUID invitationId) {
		this.invitations.revoke(id, user.id(), invitationId);
	}

	@GetMapping("/invitations/{token}")
	Invitation lookup(@PathVariable String token) {
		JoinView join = this.joins.lookup(token);
		if (!join.isJoinable()) {
			throw join.gone();
		}
		return new Invitation(join.companyName(), join.email(), join.language().tag(), join.inviterName(),
				join.expiresAt(), join.accountExists());
	}

	@PostMapping("/invitations/{token}/accept")
	Accepted accept(@PathVariable String token, @Valid @RequestBody AcceptRequest request) {
		Joined joined = this.joins.accept(token, request.password(), request.firstName(), request.lastName());
		return new Accepted(joined.account().id(), joined.businessAccountId(), joined.role().name());
	}

	record InviteRequest(@NotBlank(message = "{validation.language}") String language,
			@NotNull(message = "{validation.required}") List<String> emails, Integer expiresInDays,
			List<@NotNull(message = "{validation.choose}") UUID> licenseKeyIds, Role role) {
	}

	/**
	 * The password is checked against the {@link PasswordPolicy} only when it makes a new account
	 * (an existing account's password is whatever it is), so here just its longest length.
	 */
	record AcceptRequest(@NotBlank(message = "{validation.required}") @Size(max = PasswordPolicy.MAX_LENGTH,
			message = "{validation.tooLong}") String password,
			@ValidPersonName String firstName,
			@ValidPersonName String lastName) {

		@Override
		public String toString() {
			return "AcceptRequest";
		}
	}

	record Item(UUID id, String email, String language, InvitationStatus status, String invitedBy, Instant createdAt,
			Instant expiresAt) {

		static Item of(InvitationView v) {
			return new Item(v.id(), v.email(), v.language().tag(), v.status(), v.invitedBy(), v.createdAt(),
					v.expiresAt());
		}
	}

	record Page(List<Item> items, String nextCursor) {
	}

	record Invitation(String companyName, String email, String language, String inviterName, Instant expiresAt,
			boolean accountExists) {
	}

	record Accepted(UUID userId, UUID businessAccountId, String role) {
	}

}
