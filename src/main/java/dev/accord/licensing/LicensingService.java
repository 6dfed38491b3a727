package dev.accord.licensing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.accord.platform.NotFoundException;
import dev.accord.platform.ValidationException;
import dev.accord.shared.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Subscriptions and license keys as administrators and License Administrators see them. The
 * changes are use cases of their own: {@link SubscriptionSettings}, {@link AdditionalKeys},
 * {@link LicenseAdministrators}.
 */
@Service
public class LicensingService {

	private final Subscriptions subscriptions;

	private final LicenseKeys keys;

	private final KeyAdministrators administrators;

	private final LicensingAccess access;

	private final LicensingSettings settings;

	private final Clock clock;

	private final LicenseAdministrators licenseAdministrators;

	LicensingService(Subscriptions subscriptions, LicenseKeys keys, KeyAdministrators administrators,
			LicensingAccess access, LicensingSettings settings, Clock clock, LicenseAdministrators licenseAdministrators) {
		this.subscriptions = subscriptions;
		this.keys = keys;
		this.administrators = administrators;
		this.access = access;
		this.settings = settings;
		this.clock = clock;
		this.licenseAdministrators = licenseAdministrators;
	}

	/** Administrators see all subscriptions; License Administrators those holding their keys. */
	@Transactional(readOnly = true)
	public List<SubscriptionView> subscriptions(UUID accountId, UUID callerId) {
		LicensingAccess.Rights rights = this.access.of(accountId, callerId);
		rights.requireAnyRight();
		LocalDate today = today();
		return this.subscriptions.ofAccount(accountId)
			.stream()
			.filter((s) -> rights.administrator() || s.keys().stream().anyMatch(rights::maySee))
			.map((s) -> SubscriptionView.of(s, this.settings.gracePeriod(), today))
			.toList();
	}

	/** One subscription the caller may see (404 otherwise). */
	@Transactional(readOnly = true)
	public SubscriptionView subscription(UUID accountId, UUID callerId, UUID subscriptionId) {
		return subscriptions(accountId, callerId).stream()
			.filter((s) -> s.id().equals(subscriptionId))
			.findFirst()
			.orElseThrow(NotFoundException::new);
	}

	/** The keys the caller may see. */
	@Transactional(readOnly = true)
	public List<KeyView> keys(UUID accountId, UUID callerId) {
		LicensingAccess.Rights rights = this.access.of(accountId, callerId);
		rights.requireAnyRight();
		return keyViews(accountId).stream().filter((k) -> rights.administrator() || rights.keys().contains(k.id()))
			.toList();
	}

	/** One key: 404 when it is not this account's, 403 when the caller may not see it. */
	@Transactional(readOnly = true)
	public KeyView key(UUID accountId, UUID callerId, UUID keyId) {
		LicensingAccess.Rights rights = this.access.of(accountId, callerId);
		this.access.visibleKey(rights, keyId);
		return view(accountId, keyId);
	}

	/** Whether the caller may rename, resize or delete this key (administrators; the primary key's License Administrators for additional keys). */
	@Transactional(readOnly = true)
	public boolean mayEdit(UUID accountId, UUID callerId, UUID keyId) {
		LicensingAccess.Rights rights = this.access.of(accountId, callerId);
		LicenseKey key = this.access.visibleKey(rights, keyId);
		if (rights.administrator()) {
			return true;
		}
		return !key.isPrimary() && this.keys.ofSubscription(key.subscriptionId())
			.stream()
			.anyMatch((k) -> k.isPrimary() && rights.keys().contains(k.id()));
	}

	/**
	 * The names of the keys {@code keyIds}, in their order, when all belong to the account; others
	 * are refused, so that an invitation can only name this account's keys.
	 */
	@Transactional(readOnly = true)
	public List<String> requireKeysOf(UUID accountId, Collection<UUID> keyIds) {
		Map<UUID, String> own = this.keys.ofAccount(accountId)
			.stream()
			.collect(Collectors.toMap(LicenseKey::id, LicenseKey::name));
		if (!own.keySet().containsAll(keyIds)) {
			throw ValidationException.of("licenseKeyIds", "licensing.key.unknownForAccount");
		}
		return keyIds.stream().map(own::get).toList();
	}

	/**
	 * Grants the rights an accepted invitation carried, to its new Regular Member (in the caller's
	 * transaction); the same as {@link LicenseAdministrators#grantFromInvitation}.
	 */
	@Transactional
	public void grantFromInvitation(UUID accountId, UUID userId, Collection<UUID> keyIds, Actor grantedBy) {
		this.licenseAdministrators.grantFromInvitation(accountId, userId, keyIds, grantedBy);
	}

	/** One key of the account as its administrators see it, without asking who is calling. */
	KeyView view(UUID accountId, UUID keyId) {
		return keyViews(accountId).stream().filter((k) -> k.id().equals(keyId)).findFirst().orElseThrow();
	}

	/** Every key of the account with its seats and administrators, in three queries whatever the number of keys. */
	private List<KeyView> keyViews(UUID accountId) {
		LocalDate today = today();
		List<LicenseKey> all = this.keys.ofAccount(accountId);
		Map<UUID, Subscription> byId = this.subscriptions.ofAccount(accountId, all)
			.stream()
			.collect(Collectors.toMap(Subscription::id, Function.identity()));
		Map<UUID, List<UUID>> administrators = this.administrators.ofAccount(accountId);
		return all.stream()
			.map((k) -> KeyView.of(k, byId.get(k.subscriptionId()), administrators.getOrDefault(k.id(), List.of()),
					today))
			.toList();
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
	}

}
