package dev.accord.invitation.web;

import dev.accord.business.MemberQuery;
import dev.accord.business.MemberSort;
import dev.accord.business.MembershipStatus;
import dev.accord.business.Role;

/**
 * The Users page's search, filters, sort and cursors, bound from the query string. A value that
 * is not one of the choices (a hand-edited link) is left out, as if none was chosen.
 */
public class UsersFilter {

	/** The longest search the member list takes (an email address); longer input is cut. */
	static final int MAX_SEARCH = 254;

	private String q;

	private Role role;

	private MembershipStatus status;

	private MemberSort sort;

	private String cursor;

	private String pending;

	/** The search as the list takes it. */
	String search() {
		return (this.q != null && this.q.length() > MAX_SEARCH) ? this.q.substring(0, MAX_SEARCH) : this.q;
	}

	MemberQuery query(int pageSize) {
		return new MemberQuery(search(), this.role, this.status, this.sort, this.cursor, pageSize);
	}

	public String getQ() {
		return this.q;
	}

	public void setQ(String q) {
		this.q = q;
	}

	public Role getRole() {
		return this.role;
	}

	public void setRole(Role role) {
		this.role = role;
	}

	public MembershipStatus getStatus() {
		return this.status;
	}

	public void setStatus(MembershipStatus status) {
		this.status = status;
	}

	public MemberSort getSort() {
		return this.sort;
	}

	public void setSort(MemberSort sort) {
		this.sort = sort;
	}

	public String getCursor() {
		return this.cursor;
	}

	public void setCursor(String cursor) {
		this.cursor = cursor;
	}

	public String getPending() {
		return this.pending;
	}

	public void setPending(String pending) {
		this.pending = pending;
	}

}
