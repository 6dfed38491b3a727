package dev.accord.licensing.web;

/** Register Key on the Dashboard: the Primary Key as typed. */
record RegisterKeyForm(String key) {

	String keyOrEmpty() {
		return (this.key != null) ? this.key : "";
	}

}
