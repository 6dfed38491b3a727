package dev.accord.scim.web;

import java.beans.IntrospectionException;
import java.net.URI;
import java.util.List;

import com.unboundid.scim2.common.exceptions.ResourceNotFoundException;
import com.unboundid.scim2.common.messages.ListResponse;
import com.unboundid.scim2.common.types.AuthenticationScheme;
import com.unboundid.scim2.common.types.BulkConfig;
import com.unboundid.scim2.common.types.ChangePasswordConfig;
import com.unboundid.scim2.common.types.ETagConfig;
import com.unboundid.scim2.common.types.FilterConfig;
import com.unboundid.scim2.common.types.Meta;
import com.unboundid.scim2.common.types.PaginationConfig;
import com.unboundid.scim2.common.types.PatchConfig;
import com.unboundid.scim2.common.types.ResourceTypeResource;
import com.unboundid.scim2.common.types.SchemaResource;
import com.unboundid.scim2.common.types.ServiceProviderConfigResource;
import com.unboundid.scim2.common.types.SortConfig;
import com.unboundid.scim2.common.types.UserResource;
import com.unboundid.scim2.common.utils.SchemaUtils;
import dev.accord.scim.ScimProvisioning;
import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the provider reads to learn what we support (RFC 7644 §4): PATCH yes; filter (only
 * {@code userName}/{@code emails.value}/{@code externalId eq}); index paging up to
 * {@link ScimProvisioning#MAX_COUNT}; no bulk, sort, ETags or password changes; bearer tokens.
 * One resource type, User, with the core User schema as the SDK describes it.
 */
@Hidden
@RestController
@RequestMapping("/scim/v2")
class ScimDiscoveryController extends ScimEndpoint {

	private static final String USER_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:User";

	private final SchemaResource userSchema;

	ScimDiscoveryController() throws IntrospectionException {
		this.userSchema = SchemaUtils.getSchema(UserResource.class);
		this.userSchema.setMeta(new Meta().setResourceType("Schema").setLocation(URI.create("/scim/v2/Schemas/" + USER_SCHEMA)));
	}

	@GetMapping("/ServiceProviderConfig")
	ResponseEntity<String> serviceProviderConfig() {
		ServiceProviderConfigResource config = new ServiceProviderConfigResource(null, new PatchConfig(true),
				new BulkConfig(false, 0, 0), new FilterConfig(true, ScimProvisioning.MAX_COUNT),
				new ChangePasswordConfig(false), new SortConfig(false), new ETagConfig(false),
				new PaginationConfig(false, true, "index", ScimProvisioning.MAX_COUNT, ScimProvisioning.MAX_COUNT, null),
				List.of(AuthenticationScheme.createOAuth2BearerToken(true)));
		config.setMeta(new Meta().setResourceType("ServiceProviderConfig")
			.setLocation(URI.create("/scim/v2/ServiceProviderConfig")));
		return scim(200, config);
	}

	@GetMapping("/ResourceTypes")
	ResponseEntity<String> resourceTypes() {
		return scim(200, new ListResponse<>(List.of(userType())));
	}

	@GetMapping("/ResourceTypes/{name}")
	ResponseEntity<String> resourceType(@PathVariable String name) throws ResourceNotFoundException {
		if (!"User".equals(name)) {
			throw new ResourceNotFoundException("No such resource type.");
		}
		return scim(200, userType());
	}

	@GetMapping("/Schemas")
	ResponseEntity<String> schemas() {
		return scim(200, new ListResponse<>(List.of(this.userSchema)));
	}

	@GetMapping("/Schemas/{id}")
	ResponseEntity<String> schema(@PathVariable String id) throws ResourceNotFoundException {
		if (!USER_SCHEMA.equals(id)) {
			throw new ResourceNotFoundException("No such schema.");
		}
		return scim(200, this.userSchema);
	}

	private static ResourceTypeResource userType() {
		ResourceTypeResource type = new ResourceTypeResource("User", "User", "A member of the business account",
				URI.create("/Users"), URI.create(USER_SCHEMA), List.of());
		type.setMeta(new Meta().setResourceType("ResourceType").setLocation(URI.create("/scim/v2/ResourceTypes/User")));
		return type;
	}

}
