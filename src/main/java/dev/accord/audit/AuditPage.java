package dev.accord.audit;

import java.util.List;

/**
 * One page of audit entries, newest first, and the opaque cursors of the pages around it.
 *
 * @param items the entries of the page
 * @param offset how many entries come before them
 * @param previousCursor the cursor of the page before (null on the first)
 * @param nextCursor the cursor of the page after (null on the last)
 */
public record AuditPage(List<AuditEntry> items, long offset, String previousCursor, String nextCursor) {
}
