package dev.accord.account.web;

import java.util.List;
import java.util.UUID;

import dev.accord.account.AccordUser;
import dev.accord.account.SessionService;
import dev.accord.account.SessionView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own sessions over the API. */
@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "Accounts")
class MeApiController {

	private final SessionService sessions;

	MeApiController(SessionService sessions) {
		this.sessions = sessions;
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

	record Sessions(List<SessionView> items) {
	}

}
