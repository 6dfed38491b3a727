package dev.accord.business.web;

import dev.accord.business.MemberChange;
import dev.accord.platform.MultiLine;
import jakarta.validation.constraints.Size;

/** Role and Notes of the membership dialog. */
public class MemberForm {

	private String role;

	@Size(max = MemberChange.MAX_NOTES, message = "{membership.notes.tooLong}")
	@MultiLine
	private String notes;

	public String getRole() {
		return this.role;
	}

	public void setRole(String role) {
		this.role = role;
	}

	public String getNotes() {
		return this.notes;
	}

	public void setNotes(String notes) {
		this.notes = notes;
	}

}
