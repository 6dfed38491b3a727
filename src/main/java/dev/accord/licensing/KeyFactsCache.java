package dev.accord.licensing;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What a check-in needs to know about a key that hardly ever changes (its id, business account and
 * expiry dates), kept for ten seconds so that a check-in asks the database only about the device.
 * A key changed on this instance is forgotten when the change commits; another instance sees it
 * within ten seconds. Whether a device is active or blacklisted is never cached. Unknown keys are
 * not remembered, so guessing keys cannot fill the memory.
 */
@Component
class KeyFactsCache {

	private static final long TTL = Duration.ofSeconds(10).toNanos();

	private static final int MAX_KEYS = 10_000;

	private final Map<String, Entry> byHash = new ConcurrentHashMap<>();

	/** Counts the forgettings: facts read while one happened may be old, and are not kept. */
	private final AtomicLong generation = new AtomicLong();

	private final LicensingStore store;

	KeyFactsCache(LicensingStore store) {
		this.store = store;
	}

	Optional<LicensingStore.KeyFacts> get(String keyHash) {
		long now = System.nanoTime();
		Entry entry = this.byHash.get(keyHash);
		if (entry != null && now - entry.loadedAt() < TTL) {
			return Optional.of(entry.facts());
		}
		long before = this.generation.get();
		Optional<LicensingStore.KeyFacts> facts = this.store.keyFacts(keyHash);
		if (facts.isPresent() && this.generation.get() == before) {
			if (this.byHash.size() >= MAX_KEYS) {
				this.byHash.clear();
			}
			this.byHash.put(keyHash, new Entry(facts.get(), now));
		}
		else if (facts.isEmpty()) {
			this.byHash.remove(keyHash);
		}
		return facts;
	}

	/** Forgets every key now and again when the caller's transaction commits (keys were changed). */
	void forgetAll() {
		this.generation.incrementAndGet();
		this.byHash.clear();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					KeyFactsCache.this.generation.incrementAndGet();
					KeyFactsCache.this.byHash.clear();
				}
			});
		}
	}

	private record Entry(LicensingStore.KeyFacts facts, long loadedAt) {
	}

}
