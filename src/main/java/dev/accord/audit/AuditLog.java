package dev.accord.audit;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import dev.accord.business.BusinessAccess;
import dev.accord.platform.Keyset;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading a business account's audit log; Account Administrators only. */
@Service
public class AuditLog {

	private final AuditEvents events;

	private final BusinessAccess access;

	AuditLog(AuditEvents events, BusinessAccess access) {
		this.events = events;
		this.access = access;
	}

	/** A page of entries, newest first. */
	@Transactional(readOnly = true)
	public AuditPage page(UUID accountId, UUID callerId, AuditQuery query) {
		this.access.administrator(accountId, callerId);
		Keyset.Window<AuditEntry> window = Keyset.decode(query.cursor())
			.read(query.limit(), (at) -> this.events.page(accountId, query, at), AuditEvents::keyOf);
		return new AuditPage(window.items(), window.offset(), window.previousCursor(), window.nextCursor());
	}

	/**
	 * How many entries the query's filters select (its cursor aside); counts at most
	 * {@link dev.accord.platform.ListRange#COUNT_CAP} and one.
	 */
	@Transactional(readOnly = true)
	public long count(UUID accountId, UUID callerId, AuditQuery query) {
		this.access.administrator(accountId, callerId);
		return this.events.count(accountId, query);
	}

	/** Every entry the filters select, newest first, page by page (for the CSV export). */
	public void forEach(UUID accountId, UUID callerId, AuditQuery query, Consumer<AuditEntry> consumer) {
		AuditQuery next = query.after(null);
		do {
			AuditPage page = page(accountId, callerId, next);
			page.items().forEach(consumer);
			next = (page.nextCursor() != null) ? next.after(page.nextCursor()) : null;
		}
		while (next != null);
	}

}
