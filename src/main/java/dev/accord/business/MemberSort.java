package dev.accord.business;

/** Orders of the member list; each is backed by an index and paged by keyset. */
public enum MemberSort {

	EMAIL("m.email", true), EMAIL_DESC("m.email", false), NEWEST(null, false), OLDEST(null, true);

	private final String column;

	private final boolean ascending;

	MemberSort(String column, boolean ascending) {
		this.column = column;
		this.ascending = ascending;
	}

	boolean byEmail() {
		return this.column != null;
	}

	boolean ascending() {
		return this.ascending;
	}

	public String messageKey() {
		return "users.sort." + name();
	}

}
