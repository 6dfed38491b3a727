package dev.accord.licensing;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What a check-in needs to know about a key that hardly ever changes (its id, business account and
 * expiry dates), kept for ten seconds so that a check-in asks the database only about the device.
 * A key changed on this instance is forgotten when the change commits; another instance sees it
 * within ten seconds. Whether a device is active or blacklisted is never cached. Unknown keys are
 * not remembered, so guessing keys cannot fill the memory (ADR 0006).
 */
@Component
class KeyFactsCache {

	private final Cache<String, KeyFacts> byHash = Caffeine.newBuilder()
		.expireAfterWrite(Duration.ofSeconds(10))
		.maximumSize(10_000)
		.build();

	/** Counts the forgettings: facts read while one happened may be old, and are not kept. */
	private final AtomicLong generation = new AtomicLong();

	private final LicenseKeys keys;

	KeyFactsCache(LicenseKeys keys) {
		this.keys = keys;
	}

	Optional<KeyFacts> get(String keyHash) {
		KeyFacts cached = this.byHash.getIfPresent(keyHash);
		if (cached != null) {
			return Optional.of(cached);
		}
		long before = this.generation.get();
		Optional<KeyFacts> facts = this.keys.facts(keyHash);
		if (facts.isPresent() && this.generation.get() == before) {
			this.byHash.put(keyHash, facts.get());
		}
		return facts;
	}

	/** Forgets every key now and again when the caller's transaction commits (keys were changed). */
	void forgetAll() {
		forget();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					forget();
				}
			});
		}
	}

	private void forget() {
		this.generation.incrementAndGet();
		this.byHash.invalidateAll();
	}

}
