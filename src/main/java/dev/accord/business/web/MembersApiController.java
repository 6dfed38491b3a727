package dev.accord.business.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.accord.account.AccordUser;
import dev.accord.business.MemberChange;
import dev.accord.business.MemberPage;
import dev.accord.business.MemberQuery;
import dev.accord.business.MemberSort;
import dev.accord.business.MemberView;
import dev.accord.business.MembershipAdministration;
import dev.accord.business.MembershipService;
import dev.accord.business.MembershipStatus;
import dev.accord.business.Role;
import dev.accord.platform.MultiLine;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The members endpoints of spec §4, for Account Administrators. */
@RestController
@RequestMapping("/api/v1/business-accounts/{id}/members")
@Tag(name = "Members")
class MembersApiController {

	private final MembershipService memberships;

	private final MembershipAdministration administration;

	MembersApiController(MembershipService memberships, MembershipAdministration administration) {
		this.memberships = memberships;
		this.administration = administration;
	}

	@GetMapping
	Page list(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id,
			@RequestParam(required = false) String q, @RequestParam(required = false) Role role,
			@RequestParam(required = false) MembershipStatus status, @RequestParam(required = false) MemberSort sort,
			@RequestParam(defaultValue = "50") @Min(1) @Max(MemberQuery.MAX_LIMIT) int limit,
			@RequestParam(required = false) String cursor) {
		MemberPage page = this.memberships.members(id, user.id(), new MemberQuery(q, role, status, sort, cursor, limit));
		return new Page(page.items().stream().map(Member::of).toList(), page.nextCursor());
	}

	@GetMapping("/{userId}")
	Member get(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id, @PathVariable UUID userId) {
		return Member.of(this.administration.get(id, user.id(), userId));
	}

	@PatchMapping("/{userId}")
	Member patch(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id, @PathVariable UUID userId,
			@Valid @RequestBody Patch patch) {
		return Member.of(this.administration.change(id, user.id(), userId,
				new MemberChange(patch.role(), patch.notes(), patch.status())));
	}

	@DeleteMapping("/{userId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void remove(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id, @PathVariable UUID userId) {
		this.administration.remove(id, user.id(), userId);
	}

	record Patch(Role role, @MultiLine String notes, MembershipStatus status) {
	}

	record Member(UUID userId, String email, String firstName, String lastName, Role role, MembershipStatus status,
			String notes, Instant memberSince) {

		static Member of(MemberView m) {
			return new Member(m.userId(), m.email(), m.firstName(), m.lastName(), m.role(), m.status(), m.notes(),
					m.memberSince());
		}
	}

	record Page(List<Member> items, String nextCursor) {
	}

}
