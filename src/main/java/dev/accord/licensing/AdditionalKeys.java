package dev.accord.licensing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.UUID;

import dev.accord.platform.NotFoundException;
import dev.accord.platform.ValidationException;
import dev.accord.shared.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keys under a subscription's Primary Key: create, rename, resize and delete them (administrators,
 * and the Primary Key's License Administrators); the Primary Key itself can only be renamed, by
 * administrators. Every change holds the subscription's lock (ADR 0004).
 */
@Service
public class AdditionalKeys {

	private final Subscriptions subscriptions;

	private final LicenseKeys keys;

	private final KeyAdministrators administrators;

	private final LicensingAccess access;

	private final LicensingService queries;

	private final KeyFactsCache keyFacts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AdditionalKeys(Subscriptions subscriptions, LicenseKeys keys, KeyAdministrators administrators,
			LicensingAccess access, LicensingService queries, KeyFactsCache keyFacts, ApplicationEventPublisher events,
			Clock clock) {
		this.subscriptions = subscriptions;
		this.keys = keys;
		this.administrators = administrators;
		this.access = access;
		this.queries = queries;
		this.keyFacts = keyFacts;
		this.events = events;
		this.clock = clock;
	}

	/** An additional key under the subscription's Primary Key; its expiration may not pass the subscription's. */
	@Transactional
	public KeyView create(UUID accountId, UUID callerId, UUID subscriptionId, String name, int limit, KeyType type,
			LocalDate expiresOn) {
		LicensingAccess.Rights rights = this.access.of(accountId, callerId);
		Subscription subscription = lockOwned(accountId, subscriptionId);
		rights.requireMayCreateKeysIn(subscription);
		String keyName = Names.required("name", name);
		LicenseKey key = subscription.addKey(keyName, type, limit, expiresOn, today());
		this.keys.add(key, this.clock.instant());
		this.events.publishEvent(new KeyCreated(accountId, Actor.person(callerId), key.id(), subscriptionId, keyName, type,
				limit, (expiresOn != null) ? expiresOn : subscription.expirationDate()));
		return this.queries.view(accountId, key.id());
	}

	/** Renames a key or changes an additional key's limit (never below the computers it has). */
	@Transactional
	public KeyView change(UUID accountId, UUID callerId, UUID keyId, String name, Integer limit) {
		LicensingAccess.Rights rights = this.access.of(accountId, callerId);
		LicenseKey visible = this.access.visibleKey(rights, keyId);
		Subscription subscription = lockOwned(accountId, visible.subscriptionId());
		LicenseKey before = subscription.key(keyId).orElseThrow(NotFoundException::new);
		rights.requireMayManage(before, subscription);
		String newName = Names.optional("name", name);
		LicenseKey after = (limit != null) ? subscription.resize(before, limit, today()) : before;
		after = (newName != null) ? after.renamed(newName) : after;
		this.keys.update(after);
		Actor actor = Actor.person(callerId);
		if (!after.name().equals(before.name())) {
			this.events.publishEvent(new KeyRenamed(accountId, actor, keyId, before.name(), after.name()));
		}
		if (!Objects.equals(after.limit(), before.limit())) {
			this.events.publishEvent(new KeyResized(accountId, actor, keyId, after.name(), before.limit(), after.limit()));
		}
		return this.queries.view(accountId, keyId);
	}

	/** Deletes an additional key; its computers are deactivated with it and their seats freed. */
	@Transactional
	public void delete(UUID accountId, UUID callerId, UUID keyId) {
		LicensingAccess.Rights rights = this.access.of(accountId, callerId);
		LicenseKey visible = this.access.visibleKey(rights, keyId);
		Subscription subscription = lockOwned(accountId, visible.subscriptionId());
		rights.requireMayManage(visible, subscription);
		if (visible.isPrimary()) {
			throw ValidationException.of("key", "licensing.primary.delete");
		}
		LicenseKey deleted = subscription.key(keyId).orElseThrow();
		var formerAdministrators = this.administrators.of(keyId);
		this.keys.delete(keyId);
		this.keyFacts.forgetAll();
		Actor actor = Actor.person(callerId);
		formerAdministrators.forEach((userId) -> this.events
			.publishEvent(new LicenseAdministratorRemoved(accountId, actor, userId, keyId, deleted.name())));
		this.events.publishEvent(new KeyDeleted(accountId, actor, keyId, deleted.name(), deleted.type(), deleted.limit(),
				deleted.used()));
	}

	private Subscription lockOwned(UUID accountId, UUID subscriptionId) {
		return this.subscriptions.lock(subscriptionId).filter((s) -> s.isOf(accountId)).orElseThrow(NotFoundException::new);
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
	}

}
