package dev.accord.audit;

import java.util.List;

/** One page of audit entries, newest first, and the opaque cursor of the next page (null on the last). */
public record AuditPage(List<AuditEntry> items, String nextCursor) {
}
