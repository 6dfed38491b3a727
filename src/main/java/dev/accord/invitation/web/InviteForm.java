package dev.accord.invitation.web;

import java.util.ArrayList;
import java.util.List;

import dev.accord.business.Role;
import dev.accord.invitation.InvitationSettings;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.web.multipart.MultipartFile;

/**
 * The Invite Users dialog's state, sent back and forth on each Add, Remove, upload and Send. The
 * validity and the role are bound as typed values; a validity out of range or not a number is
 * shown at Send, a role that is not a choice invites as Regular Member (the default).
 */
public class InviteForm {

	private String language;

	private String email;

	private List<String> emails = new ArrayList<>();

	@Min(value = 1, message = "{invite.expiresInDays.range}")
	@Max(value = InvitationSettings.MAX_EXPIRY_DAYS, message = "{invite.expiresInDays.range}")
	private Integer expiresInDays = 7;

	private String action;

	private String remove;

	private MultipartFile file;

	private List<java.util.UUID> licenseKeyIds = new ArrayList<>();

	private Role role = Role.REGULAR_MEMBER;

	public Role getRole() {
		return this.role;
	}

	public void setRole(Role role) {
		this.role = role;
	}

	public List<java.util.UUID> getLicenseKeyIds() {
		return this.licenseKeyIds;
	}

	public void setLicenseKeyIds(List<java.util.UUID> licenseKeyIds) {
		this.licenseKeyIds = (licenseKeyIds != null) ? new ArrayList<>(licenseKeyIds) : new ArrayList<>();
	}

	public String getLanguage() {
		return this.language;
	}

	public void setLanguage(String language) {
		this.language = language;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public List<String> getEmails() {
		return this.emails;
	}

	public void setEmails(List<String> emails) {
		this.emails = (emails != null) ? new ArrayList<>(emails) : new ArrayList<>();
	}

	public Integer getExpiresInDays() {
		return this.expiresInDays;
	}

	public void setExpiresInDays(Integer expiresInDays) {
		this.expiresInDays = expiresInDays;
	}

	public String getAction() {
		return this.action;
	}

	public void setAction(String action) {
		this.action = action;
	}

	public String getRemove() {
		return this.remove;
	}

	public void setRemove(String remove) {
		this.remove = remove;
	}

	public MultipartFile getFile() {
		return this.file;
	}

	public void setFile(MultipartFile file) {
		this.file = file;
	}

}
