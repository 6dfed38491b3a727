package dev.accord.business;

import java.util.List;

/**
 * One page of members and the opaque cursors of the pages around it.
 *
 * @param items the members of the page
 * @param offset how many members come before them in the list
 * @param previousCursor the cursor of the page before (null on the first)
 * @param nextCursor the cursor of the page after (null on the last)
 */
public record MemberPage(List<MemberView> items, long offset, String previousCursor, String nextCursor) {
}
