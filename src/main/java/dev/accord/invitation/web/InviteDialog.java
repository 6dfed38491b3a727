package dev.accord.invitation.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import dev.accord.invitation.InvitationSettings;
import dev.accord.invitation.InviteOutcome;
import dev.accord.shared.EmailAddress;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.multipart.MultipartFile;

/** The checks of the Invite Users dialog: each address when added, a file when uploaded, all at Send. */
final class InviteDialog {

	private final InviteForm form;

	private final BindingResult result;

	private final Model model;

	private final int maxAddresses;

	InviteDialog(InviteForm form, BindingResult result, Model model, InvitationSettings settings) {
		this.form = form;
		this.result = result;
		this.model = model;
		this.maxAddresses = settings.maxPerRequest();
	}

	/** Adds the typed address to the list, or says next to the field why not. */
	void add(Function<String, InviteOutcome> preview) {
		String email = (this.form.getEmail() != null) ? this.form.getEmail().trim() : "";
		String error = check(email, preview);
		if (error != null) {
			this.model.addAttribute("emailError", error);
			return;
		}
		this.form.getEmails().add(EmailAddress.normalize(email));
		this.form.setEmail("");
	}

	/** Adds the addresses of an uploaded CSV file that Add would take, and says which rows it did not. */
	void upload(MultipartFile file, Function<String, InviteOutcome> preview) throws IOException {
		String fileError = (file == null || file.isEmpty()) ? "invite.file.empty"
				: (file.getSize() > CsvAddresses.MAX_BYTES) ? "invite.file.tooLarge" : null;
		if (fileError != null) {
			this.model.addAttribute("fileError", fileError);
			return;
		}
		CsvAddresses.Result csv = CsvAddresses.read(file);
		int added = 0;
		List<Refused> refused = new ArrayList<>();
		for (String email : csv.addresses()) {
			if (this.form.getEmails().contains(email)) {
				continue;
			}
			// The same checks as Add: a member or a blocked member is not invited, and the file says so.
			String error = check(email, preview);
			if (error != null) {
				refused.add(new Refused(email, error));
				continue;
			}
			this.form.getEmails().add(email);
			added++;
		}
		this.model.addAttribute("fileAdded", added);
		this.model.addAttribute("badRows", csv.bad());
		this.model.addAttribute("refusedRows", refused);
	}

	/**
	 * Takes a typed but not yet added address along (the results then say so), or, when it cannot be
	 * added, sends nothing and says that nothing was sent and why; an address typed again that is in
	 * the list already is simply sent with it. False (with an error) when there is nothing to send.
	 */
	boolean readyToSend(Function<String, InviteOutcome> preview) {
		String typed = (this.form.getEmail() != null) ? this.form.getEmail().trim() : "";
		if (!typed.isEmpty() && this.form.getEmails().contains(EmailAddress.normalize(typed))) {
			this.form.setEmail("");
		}
		else if (!typed.isEmpty()) {
			add(preview);
			if (this.model.containsAttribute("emailError")) {
				this.model.addAttribute("typedNotSent", typed);
				return false;
			}
			this.model.addAttribute("typedSent", EmailAddress.normalize(typed));
		}
		if (this.form.getEmails().isEmpty()) {
			this.model.addAttribute("emailError", "invite.emails.empty");
			return false;
		}
		if (expiresInDays() == null) {
			this.model.addAttribute("expiresError", "invite.expiresInDays.range");
			return false;
		}
		return true;
	}

	/** The validity chosen, or null when it is missing, not a number or out of range. */
	Integer expiresInDays() {
		return this.result.hasFieldErrors("expiresInDays") ? null : this.form.getExpiresInDays();
	}

	private String check(String email, Function<String, InviteOutcome> preview) {
		if (email.isEmpty()) {
			return "validation.required";
		}
		if (!EmailAddress.isValid(email)) {
			return "validation.email";
		}
		List<String> emails = this.form.getEmails();
		if (emails.contains(EmailAddress.normalize(email))) {
			return "invite.duplicate";
		}
		if (emails.size() >= this.maxAddresses) {
			return "invite.listFull";
		}
		return switch (preview.apply(email)) {
			case ALREADY_MEMBER -> "invite.outcome.ALREADY_MEMBER";
			case BLOCKED_MEMBER -> "invite.outcome.BLOCKED_MEMBER";
			default -> null;
		};
	}

	/** An address of the file that was not added, and why (the message Add would show). */
	record Refused(String email, String reason) {
	}

}
