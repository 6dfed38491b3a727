package dev.accord.business.web;

import dev.accord.business.MemberChange;
import dev.accord.business.Role;
import dev.accord.platform.EnumName;
import dev.accord.platform.MultiLine;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Role and Notes of the membership dialog. */
public class MemberForm {

	@NotNull(message = "{validation.choose}")
	@EnumName(Role.class)
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

	/** The chosen role; only once the form is valid. */
	Role toRole() {
		return Role.valueOf(this.role);
	}

	public String getNotes() {
		return this.notes;
	}

	public void setNotes(String notes) {
		this.notes = notes;
	}

}
