package dev.accord.invitation.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.web.multipart.MultipartFile;

/** The Invite Users dialog's state, sent back and forth on each Add, Remove, upload and Send. */
public class InviteForm {

	private String language;

	private String email;

	private List<String> emails = new ArrayList<>();

	private String expiresInDays = "7";

	private String action;

	private String remove;

	private MultipartFile file;

	private List<java.util.UUID> licenseKeyIds = new ArrayList<>();

	private String role = "REGULAR_MEMBER";

	public String getRole() {
		return this.role;
	}

	public void setRole(String role) {
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

	public String getExpiresInDays() {
		return this.expiresInDays;
	}

	public void setExpiresInDays(String expiresInDays) {
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
