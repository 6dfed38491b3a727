package dev.accord.business;

import java.util.List;

/** One page of members, and the opaque cursor of the next page (null on the last). */
public record MemberPage(List<MemberView> items, String nextCursor) {
}
