package dev.accord.licensing.web;

import java.util.UUID;

import dev.accord.account.AccordUser;
import dev.accord.licensing.ComputerService;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Registered computers of a key, for the key's administrators. */
@RestController
@RequestMapping("/api/v1/business-accounts/{id}/license-keys/{kid}/computers")
@Tag(name = "Licensing")
class ComputersApiController {

	private final ComputerService computers;

	ComputersApiController(ComputerService computers) {
		this.computers = computers;
	}

	@GetMapping
	ComputerService.Page list(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id, @PathVariable UUID kid,
			@RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit,
			@RequestParam(required = false) String cursor) {
		return this.computers.computers(id, user.id(), kid, cursor, limit);
	}

	@PostMapping("/{cid}/deactivate")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void deactivate(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id, @PathVariable UUID kid,
			@PathVariable UUID cid) {
		this.computers.deactivate(id, user.id(), kid, cid);
	}

	@PostMapping("/{cid}/blacklist")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void blacklist(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id, @PathVariable UUID kid,
			@PathVariable UUID cid) {
		this.computers.blacklist(id, user.id(), kid, cid);
	}

	@PostMapping("/{cid}/unblacklist")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void unblacklist(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id, @PathVariable UUID kid,
			@PathVariable UUID cid) {
		this.computers.unblacklist(id, user.id(), kid, cid);
	}

}
