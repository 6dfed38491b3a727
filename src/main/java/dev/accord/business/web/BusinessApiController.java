package dev.accord.business.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.accord.account.AccordUser;
import dev.accord.account.AccountService;
import dev.accord.account.AccountView;
import dev.accord.business.AdministratorView;
import dev.accord.business.BusinessAccess;
import dev.accord.business.BusinessAccountService;
import dev.accord.business.BusinessAccountView;
import dev.accord.business.CompanyInfo;
import dev.accord.business.MembershipService;
import dev.accord.business.MembershipStatus;
import dev.accord.business.MembershipView;
import dev.accord.business.Role;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/me} and the business-account endpoints of spec §4. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Business accounts")
class BusinessApiController {

	private final AccountService accounts;

	private final BusinessAccountService businesses;

	private final MembershipService memberships;

	private final BusinessAccess access;

	BusinessApiController(AccountService accounts, BusinessAccountService businesses, MembershipService memberships,
			BusinessAccess access) {
		this.accounts = accounts;
		this.businesses = businesses;
		this.memberships = memberships;
		this.access = access;
	}

	@GetMapping("/me")
	Me me(@AuthenticationPrincipal AccordUser user) {
		AccountView me = this.accounts.get(user.id());
		List<Me.Membership> list = this.memberships.membershipsOf(user.id())
			.stream()
			.map((m) -> new Me.Membership(m.businessAccountId(), m.companyName(), m.role(), m.status()))
			.toList();
		return new Me(me.id(), me.email(), me.emailVerified(), me.firstName(), me.lastName(), me.language().tag(), list);
	}

	@PostMapping("/business-accounts")
	@ResponseStatus(HttpStatus.CREATED)
	Company create(@AuthenticationPrincipal AccordUser user, @Valid @RequestBody CompanyForm request) {
		return Company.of(this.businesses.create(user.id(), request.toCompanyInfo()));
	}

	@GetMapping("/business-accounts/{id}")
	Details get(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id) {
		return details(id, user.id(), this.businesses.get(id, user.id()));
	}

	@PatchMapping("/business-accounts/{id}")
	Details patch(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id,
			@Valid @RequestBody CompanyPatch patch) {
		BusinessAccountView current = this.businesses.get(id, user.id());
		this.access.administrator(id, user.id());
		CompanyInfo info = patch.applyTo(current);
		if (patch.requireTwoStep() != null) {
			this.businesses.requireTwoStep(id, user.id(), patch.requireTwoStep());
		}
		BusinessAccountView changed = this.businesses.changeCompanyInfo(id, user.id(), info);
		return details(id, user.id(), changed);
	}

	@PostMapping("/business-accounts/{id}/leave")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void leave(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id) {
		this.memberships.leave(id, user.id());
	}

	private Details details(UUID id, UUID userId, BusinessAccountView business) {
		MembershipView membership = this.access.member(id, userId);
		return new Details(business.id(), business.companyName(), business.country(), business.postcode(),
				business.phone(), business.requireTwoStep(), new Details.Membership(membership.role(), membership.memberSince()),
				this.memberships.administrators(id, userId));
	}

	/** @param emailVerified whether the person followed the link mailed to the address (needed to join) */
	record Me(UUID id, String email, boolean emailVerified, String firstName, String lastName, String language,
			List<Membership> memberships) {

		record Membership(UUID businessAccountId, String companyName, Role role, MembershipStatus status) {
		}
	}

	record Company(UUID id, String companyName, String country, String postcode, String phone) {

		static Company of(BusinessAccountView b) {
			return new Company(b.id(), b.companyName(), b.country(), b.postcode(), b.phone());
		}
	}

	record Details(UUID id, String companyName, String country, String postcode, String phone,
			boolean requireTwoStep, Membership membership,
			List<AdministratorView> administrators) {

		record Membership(Role role, Instant memberSince) {
		}
	}

}
