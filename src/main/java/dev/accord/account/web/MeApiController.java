package dev.accord.account.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.accord.account.AccordUser;
import dev.accord.account.AccountDeletion;
import dev.accord.account.PasswordPolicy;
import dev.accord.account.PersonalDataExport;
import dev.accord.account.SessionService;
import dev.accord.account.SessionView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own sessions, data and account, over the API. */
@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "Accounts")
class MeApiController {

	private final SessionService sessions;

	private final AccountDeletion deletion;

	private final PersonalDataExport export;

	MeApiController(SessionService sessions, AccountDeletion deletion, PersonalDataExport export) {
		this.sessions = sessions;
		this.deletion = deletion;
		this.export = export;
	}

	@GetMapping("/sessions")
	@Operation(summary = "The caller's active sessions, most recently used first (at most 100)")
	Sessions sessions(@AuthenticationPrincipal AccordUser user, HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		return new Sessions(this.sessions.list(user.id(), (session != null) ? session.getId() : null));
	}

	@DeleteMapping("/sessions/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Signs one of the caller's sessions out; another person's or an unknown id is 404")
	void signOut(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id) {
		this.sessions.signOut(user.id(), id);
	}

	@GetMapping("/export")
	@Operation(summary = "The caller's data: profile, memberships, sessions, API tokens' metadata and Activity entries",
			description = "The same document as Security Settings → Download my data. Never holds a secret; "
					+ "activity holds at most 10,000 entries, newest first (complete is false when there were more).")
	Map<String, Object> export(@AuthenticationPrincipal AccordUser user, HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		return this.export.export(user.id(), (session != null) ? session.getId() : null);
	}

	@DeleteMapping
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Deletes the caller's account for good",
			description = "Needs the current password, and a two-step code when the caller has two-step verification. "
					+ "422 VALIDATION_FAILED with errors.password or errors.code when one is wrong; 409 LAST_ADMINISTRATOR "
					+ "while the caller is the last active Account Administrator of a business account; 429 RATE_LIMITED "
					+ "after too many wrong passwords.")
	void delete(@AuthenticationPrincipal AccordUser user, @Valid @RequestBody DeleteRequest request,
			HttpServletRequest http) {
		this.deletion.delete(user.id(), request.password(), request.code());
		HttpSession session = http.getSession(false);
		if (session != null) {
			session.invalidate();
		}
	}

	record Sessions(List<SessionView> items) {
	}

	record DeleteRequest(
			@NotBlank(message = "{validation.required}") @Size(max = PasswordPolicy.MAX_LENGTH,
					message = "{validation.tooLong}") String password,
			@Schema(description = "A code of the caller's authenticator app (or a recovery code); needed only "
					+ "when the caller has two-step verification") @Size(max = TwoStepCodeForm.MAX_CODE_LENGTH,
							message = "{validation.tooLong}") String code) {

		@Override
		public String toString() {
			return "DeleteRequest";
		}
	}

}
