package dev.accord.licensing.web;

import java.util.List;
import java.util.UUID;

import dev.accord.account.AccordUser;
import dev.accord.licensing.ComputerActions;
import dev.accord.licensing.ComputerService;
import dev.accord.licensing.ComputerStatus;
import dev.accord.platform.MultiLine;
import dev.accord.platform.SingleLine;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Registered computers of a key, for the key's administrators. */
@RestController
@RequestMapping("/api/v1/business-accounts/{id}/license-keys/{kid}")
@Tag(name = "Licensing")
class ComputersApiController {

	private final ComputerService computers;

	private final ComputerActions actions;

	ComputersApiController(ComputerService computers, ComputerActions actions) {
		this.computers = computers;
		this.actions = actions;
	}

	@GetMapping("/computers")
	ComputerService.Page list(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id, @PathVariable UUID kid,
			@RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit,
			@RequestParam(required = false) String cursor,
			@RequestParam(required = false) List<ComputerStatus> status) {
		return this.computers.computers(id, user.id(), kid, ComputerStatus.orDefault(status), cursor, limit);
	}

	@GetMapping(path = "/computers.csv", produces = "text/csv")
	ResponseEntity<String> export(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id,
			@PathVariable UUID kid, @RequestParam(required = false) List<ComputerStatus> status) {
		return ResponseEntity.ok()
			.header("Content-Disposition", "attachment; filename=\"computers.csv\"")
			.contentType(MediaType.parseMediaType("text/csv; charset=UTF-8"))
			.body(ComputersCsv.write(this.computers.all(id, user.id(), kid, ComputerStatus.orDefault(status))));
	}

	@PatchMapping("/computers/{cid}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void edit(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id, @PathVariable UUID kid,
			@PathVariable UUID cid, @Valid @RequestBody ComputerPatch patch) {
		this.computers.edit(id, user.id(), kid, cid, patch.computerName(), patch.notes());
	}

	@PostMapping("/computers/{cid}/move")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void move(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id, @PathVariable UUID kid,
			@PathVariable UUID cid, @RequestBody MoveRequest request) {
		if (request.licenseKeyId() == null) {
			throw dev.accord.platform.ValidationException.of("licenseKeyId", "validation.required");
		}
		this.actions.move(id, user.id(), kid, cid, request.licenseKeyId());
	}

	record ComputerPatch(@SingleLine String computerName, @MultiLine String notes) {
	}

	record MoveRequest(UUID licenseKeyId) {
	}

	@PostMapping("/computers/{cid}/deactivate")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void deactivate(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id, @PathVariable UUID kid,
			@PathVariable UUID cid) {
		this.actions.deactivate(id, user.id(), kid, cid);
	}

	@PostMapping("/computers/{cid}/blacklist")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void blacklist(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id, @PathVariable UUID kid,
			@PathVariable UUID cid) {
		this.actions.blacklist(id, user.id(), kid, cid);
	}

	@PostMapping("/computers/{cid}/unblacklist")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void unblacklist(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id, @PathVariable UUID kid,
			@PathVariable UUID cid) {
		this.actions.unblacklist(id, user.id(), kid, cid);
	}

}
