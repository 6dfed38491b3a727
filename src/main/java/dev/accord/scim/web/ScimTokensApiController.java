package dev.accord.scim.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.accord.account.AccordUser;
import dev.accord.scim.CreatedScimToken;
import dev.accord.scim.ScimTokenView;
import dev.accord.scim.ScimTokens;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The SCIM tokens of a business account, for its Account Administrators (the token is in the answer once). */
@RestController
@RequestMapping("/api/v1/business-accounts/{id}/scim-tokens")
@Tag(name = "SCIM tokens")
class ScimTokensApiController {

	private final ScimTokens tokens;

	ScimTokensApiController(ScimTokens tokens) {
		this.tokens = tokens;
	}

	@GetMapping
	Page list(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id) {
		return new Page(this.tokens.list(id, user.id()).stream().map(Token::of).toList());
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	Created create(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id, @Valid @RequestBody NewToken body) {
		CreatedScimToken created = this.tokens.create(id, user.id(), body.name());
		return new Created(created.id(), created.name(), created.token(), created.createdAt());
	}

	@DeleteMapping("/{tokenId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void revoke(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id, @PathVariable UUID tokenId) {
		this.tokens.revoke(id, user.id(), tokenId);
	}

	record NewToken(@NotBlank @Size(max = ScimTokens.MAX_NAME_LENGTH) String name) {
	}

	record Created(UUID id, String name, String token, Instant createdAt) {
	}

	record Token(UUID id, String name, String createdBy, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {

		static Token of(ScimTokenView t) {
			return new Token(t.id(), t.name(), t.createdBy(), t.createdAt(), t.lastUsedAt(), t.revokedAt());
		}
	}

	record Page(List<Token> items) {
	}

}
