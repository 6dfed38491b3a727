package dev.accord.scim.web;

import java.net.URI;

import com.unboundid.scim2.common.exceptions.ScimException;
import com.unboundid.scim2.common.types.UserResource;
import dev.accord.scim.ScimBodies;
import dev.accord.scim.ScimClient;
import dev.accord.scim.ScimProvisioning;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code /scim/v2/Users} (RFC 7644 §3) for the business account of the caller's SCIM token. Bodies
 * are read and written by the SCIM SDK ({@link ScimBodies}); documented in {@code docs/scim.md}.
 */
@Hidden
@RestController
@RequestMapping("/scim/v2/Users")
class ScimUsersController extends ScimEndpoint {

	private final ScimProvisioning provisioning;

	ScimUsersController(ScimProvisioning provisioning) {
		this.provisioning = provisioning;
	}

	@PostMapping
	ResponseEntity<String> create(HttpServletRequest request) throws ScimException {
		UserResource created = this.provisioning.create(ScimClient.accountOf(request), ScimBodies.user(request));
		URI location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}").buildAndExpand(created.getId()).toUri();
		created.getMeta().setLocation(location);
		return ResponseEntity.created(location).contentType(ScimBodies.SCIM_JSON).body(ScimBodies.write(created));
	}

	@GetMapping("/{id}")
	ResponseEntity<String> get(HttpServletRequest request, @PathVariable String id) throws ScimException {
		return user(request, this.provisioning.get(ScimClient.accountOf(request), id));
	}

	@GetMapping
	ResponseEntity<String> search(HttpServletRequest request, @RequestParam(required = false) String filter,
			@RequestParam(required = false) Integer startIndex, @RequestParam(required = false) Integer count)
			throws ScimException {
		return scim(200, this.provisioning.search(ScimClient.accountOf(request), filter, startIndex, count));
	}

	@PutMapping("/{id}")
	ResponseEntity<String> replace(HttpServletRequest request, @PathVariable String id) throws ScimException {
		return user(request, this.provisioning.replace(ScimClient.accountOf(request), id, ScimBodies.user(request)));
	}

	@PatchMapping("/{id}")
	ResponseEntity<String> patch(HttpServletRequest request, @PathVariable String id) throws ScimException {
		return user(request, this.provisioning.patch(ScimClient.accountOf(request), id, ScimBodies.patch(request)));
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(HttpServletRequest request, @PathVariable String id) throws ScimException {
		this.provisioning.delete(ScimClient.accountOf(request), id);
		return ResponseEntity.noContent().build();
	}

	private static ResponseEntity<String> user(HttpServletRequest request, UserResource user) {
		user.getMeta().setLocation(ServletUriComponentsBuilder.fromContextPath(request)
			.path("/scim/v2/Users/{id}")
			.buildAndExpand(user.getId())
			.toUri());
		return ResponseEntity.ok()
			.contentType(ScimBodies.SCIM_JSON)
			.header(HttpHeaders.LOCATION, user.getMeta().getLocation().toString())
			.body(ScimBodies.write(user));
	}

}
