package dev.accord.audit;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import dev.accord.business.BusinessAccess;
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
		List<AuditEntry> rows = this.events.page(accountId, query);
		if (rows.size() <= query.limit()) {
			return new AuditPage(rows, null);
		}
		List<AuditEntry> page = List.copyOf(rows.subList(0, query.limit()));
		return new AuditPage(page, AuditEvents.cursorOf(page.get(page.size() - 1)));
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
