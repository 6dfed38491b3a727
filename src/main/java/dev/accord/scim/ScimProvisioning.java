package dev.accord.scim;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.unboundid.scim2.common.GenericScimResource;
import com.unboundid.scim2.common.exceptions.BadRequestException;
import com.unboundid.scim2.common.exceptions.ResourceConflictException;
import com.unboundid.scim2.common.exceptions.ResourceNotFoundException;
import com.unboundid.scim2.common.exceptions.ScimException;
import com.unboundid.scim2.common.messages.ListResponse;
import com.unboundid.scim2.common.messages.PatchRequest;
import com.unboundid.scim2.common.types.UserResource;
import com.unboundid.scim2.common.utils.JsonUtils;
import dev.accord.account.AccountService;
import dev.accord.account.AccountView;
import dev.accord.account.PersonName;
import dev.accord.business.BusinessAccountService;
import dev.accord.business.LastAdministratorException;
import dev.accord.business.MemberChange;
import dev.accord.business.MemberDirectory;
import dev.accord.business.MemberView;
import dev.accord.business.MembershipAdministration;
import dev.accord.business.MembershipService;
import dev.accord.business.MembershipStatus;
import dev.accord.business.Role;
import dev.accord.platform.NotFoundException;
import dev.accord.shared.Actor;
import dev.accord.shared.EmailAddress;
import dev.accord.shared.Language;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * SCIM Users of one business account (the one the caller's SCIM token belongs to): create = find or
 * make the personal account and an active Regular Membership; {@code active} blocks and unblocks;
 * delete removes the membership. Every change is made as {@link #PROVIDER}. Names follow the
 * provider only for personal accounts the provider made; userName (the email) is not changed here.
 */
@Service
public class ScimProvisioning {

	/** Who the audit log says made SCIM's changes. */
	public static final Actor PROVIDER = Actor.provider("SCIM");

	/** The most users one list page returns. */
	public static final int MAX_COUNT = 200;

	private final MemberDirectory directory;

	private final MembershipService memberships;

	private final MembershipAdministration administration;

	private final BusinessAccountService businessAccounts;

	private final AccountService people;

	private final ScimUsers provided;

	private final Clock clock;

	ScimProvisioning(MemberDirectory directory, MembershipService memberships, MembershipAdministration administration,
			BusinessAccountService businessAccounts, AccountService people, ScimUsers provided, Clock clock) {
		this.directory = directory;
		this.memberships = memberships;
		this.administration = administration;
		this.businessAccounts = businessAccounts;
		this.people = people;
		this.provided = provided;
		this.clock = clock;
	}

	@Transactional(rollbackFor = ScimException.class)
	public UserResource create(UUID accountId, UserResource user) throws ScimException {
		String email = ScimUserResources.email(user);
		if (email == null || email.length() > EmailAddress.MAX_LENGTH || !EmailAddress.isValid(email)) {
			throw BadRequestException.invalidValue("userName must be an email address.");
		}
		String given = name(ScimUserResources.givenName(user), "name.givenName");
		String family = name(ScimUserResources.familyName(user), "name.familyName");
		String externalId = externalId(user.getExternalId());
		// One provisioning at a time per business account: two identical creates make one membership.
		this.businessAccounts.lock(accountId);
		if (this.directory.byEmail(accountId, email).isPresent()) {
			throw ResourceConflictException.uniqueness("A member with this userName already exists.");
		}
		boolean existed = this.people.findByEmail(email).isPresent();
		AccountView account = this.people.provision(email, (given != null) ? given : email.substring(0, email.indexOf('@')),
				(family != null) ? family : "", language(user));
		this.memberships.join(accountId, account.id(), Role.REGULAR_MEMBER, PROVIDER);
		this.provided.save(accountId, account.id(), externalId, !existed, this.clock.instant());
		if (Boolean.FALSE.equals(user.getActive())) {
			changeStatus(accountId, account.id(), MembershipStatus.BLOCKED);
		}
		return get(accountId, account.id().toString());
	}

	@Transactional(readOnly = true)
	public UserResource get(UUID accountId, String id) throws ScimException {
		MemberView member = member(accountId, id);
		return ScimUserResources.of(member, this.provided.find(accountId, member.userId()).orElse(null));
	}

	/** A page of users (1-based {@code startIndex}, {@code count} capped at {@link #MAX_COUNT}), optionally filtered. */
	@Transactional(readOnly = true)
	public ListResponse<UserResource> search(UUID accountId, String filter, Integer startIndex, Integer count)
			throws ScimException {
		int start = (startIndex == null || startIndex < 1) ? 1 : startIndex;
		int size = (count == null) ? MAX_COUNT : Math.max(0, Math.min(count, MAX_COUNT));
		if (filter != null && !filter.isBlank()) {
			List<UserResource> found = lookup(accountId, ScimFilters.parse(filter)).stream()
				.map((m) -> ScimUserResources.of(m, this.provided.find(accountId, m.userId()).orElse(null)))
				.toList();
			List<UserResource> page = (start > 1 || size == 0) ? List.of() : found;
			return new ListResponse<>(found.size(), page, start, page.size());
		}
		long total = this.directory.count(accountId);
		List<MemberView> members = (size == 0) ? List.of() : this.directory.page(accountId, start - 1, size);
		Map<UUID, ScimUsers.ScimUser> extra = this.provided
			.some(accountId, members.stream().map(MemberView::userId).toList())
			.stream()
			.collect(Collectors.toMap(ScimUsers.ScimUser::userId, Function.identity()));
		List<UserResource> page = members.stream().map((m) -> ScimUserResources.of(m, extra.get(m.userId()))).toList();
		return new ListResponse<>((int) Math.min(total, Integer.MAX_VALUE), page, start, page.size());
	}

	/** PUT: the provider's whole view of the user; attributes we do not keep are ignored. */
	@Transactional(rollbackFor = ScimException.class)
	public UserResource replace(UUID accountId, String id, UserResource user) throws ScimException {
		MemberView member = member(accountId, id);
		apply(accountId, member, user);
		return get(accountId, id);
	}

	/** PATCH: the SDK applies the operations to the user as we show it; the result is applied as a replace. */
	@Transactional(rollbackFor = ScimException.class)
	public UserResource patch(UUID accountId, String id, PatchRequest patch) throws ScimException {
		MemberView member = member(accountId, id);
		UserResource current = ScimUserResources.of(member, this.provided.find(accountId, member.userId()).orElse(null));
		GenericScimResource generic = current.asGenericScimResource();
		patch.apply(generic);
		apply(accountId, member, ScimBodies.toUser(generic.getObjectNode()));
		return get(accountId, id);
	}

	@Transactional(rollbackFor = ScimException.class)
	public void delete(UUID accountId, String id) throws ScimException {
		MemberView member = member(accountId, id);
		try {
			this.administration.removeAs(PROVIDER, accountId, member.userId());
		}
		catch (LastAdministratorException ex) {
			throw lastAdministrator();
		}
		catch (NotFoundException ex) {
			throw notFound(id);
		}
		this.provided.remove(accountId, member.userId());
	}

	private void apply(UUID accountId, MemberView member, UserResource desired) throws ScimException {
		String email = ScimUserResources.email(desired);
		if (email != null && !EmailAddress.normalize(email).equals(member.email())) {
			throw BadRequestException.mutability("userName and emails are the person's own; Accord does not change them.");
		}
		Optional<ScimUsers.ScimUser> known = this.provided.find(accountId, member.userId());
		String given = name(ScimUserResources.givenName(desired), "name.givenName");
		String family = name(ScimUserResources.familyName(desired), "name.familyName");
		if (known.map(ScimUsers.ScimUser::accountCreated).orElse(false) && (given != null || family != null)) {
			AccountView account = this.people.get(member.userId());
			String first = Objects.requireNonNullElse(given, account.firstName());
			String last = Objects.requireNonNullElse(family, account.lastName());
			if (!first.equals(account.firstName()) || !last.equals(account.lastName())) {
				this.people.changeProfile(member.userId(), first, last, account.language());
			}
		}
		String externalId = externalId(desired.getExternalId());
		this.provided.save(accountId, member.userId(),
				(externalId != null) ? externalId : known.map(ScimUsers.ScimUser::externalId).orElse(null),
				known.map(ScimUsers.ScimUser::accountCreated).orElse(false), this.clock.instant());
		if (desired.getActive() != null) {
			MembershipStatus status = desired.getActive() ? MembershipStatus.ACTIVE : MembershipStatus.BLOCKED;
			if (status != member.status()) {
				changeStatus(accountId, member.userId(), status);
			}
		}
	}

	private void changeStatus(UUID accountId, UUID userId, MembershipStatus status) throws ScimException {
		try {
			this.administration.changeAs(PROVIDER, accountId, userId, new MemberChange(null, null, status));
		}
		catch (LastAdministratorException ex) {
			throw lastAdministrator();
		}
	}

	private List<MemberView> lookup(UUID accountId, ScimFilters.Lookup lookup) {
		if (lookup.byExternalId()) {
			return this.provided.byExternalId(accountId, lookup.value())
				.flatMap((userId) -> this.directory.one(accountId, userId))
				.stream()
				.toList();
		}
		if (lookup.value().length() > EmailAddress.MAX_LENGTH) {
			return List.of();
		}
		return this.directory.byEmail(accountId, lookup.value()).stream().toList();
	}

	private MemberView member(UUID accountId, String id) throws ScimException {
		UUID userId;
		try {
			userId = (id != null && id.length() == 36) ? UUID.fromString(id) : null;
		}
		catch (IllegalArgumentException ex) {
			userId = null;
		}
		if (userId == null) {
			throw notFound(id);
		}
		return this.directory.one(accountId, userId).orElseThrow(() -> notFound(id));
	}

	private static String name(String value, String attribute) throws BadRequestException {
		if (value == null || value.isBlank()) {
			return null;
		}
		String trimmed = value.trim();
		if (trimmed.length() > PersonName.MAX_LENGTH || !dev.accord.platform.PlainText.isSingleLine(trimmed)) {
			throw BadRequestException.invalidValue(attribute + " must be one line of at most " + PersonName.MAX_LENGTH
					+ " characters.");
		}
		return trimmed;
	}

	private static String externalId(String value) throws BadRequestException {
		if (value == null || value.isBlank()) {
			return null;
		}
		if (value.length() > 255) {
			throw BadRequestException.invalidValue("externalId must be at most 255 characters.");
		}
		return value;
	}

	private static Language language(UserResource user) {
		for (String tag : new String[] { user.getPreferredLanguage(), user.getLocale() }) {
			if (tag != null && tag.length() <= 35) {
				Optional<Language> language = Language.ofTag(tag.replace('_', '-'))
					.or(() -> Language.closest(java.util.Locale.forLanguageTag(tag.replace('_', '-'))));
				if (language.isPresent()) {
					return language.get();
				}
			}
		}
		return Language.EN;
	}

	private static ResourceNotFoundException notFound(String id) {
		return new ResourceNotFoundException("No such user in this business account.");
	}

	private static ResourceConflictException lastAdministrator() {
		return new ResourceConflictException(
				"This member is the last active Account Administrator of the business account; make another member "
						+ "an administrator first.");
	}

}
