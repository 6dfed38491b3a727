package dev.accord.scim;

import java.io.IOException;
import java.io.InputStream;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.unboundid.scim2.common.exceptions.BadRequestException;
import com.unboundid.scim2.common.exceptions.ScimException;
import com.unboundid.scim2.common.messages.PatchRequest;
import com.unboundid.scim2.common.types.UserResource;
import com.unboundid.scim2.common.utils.JsonUtils;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * SCIM request and response bodies, read and written by the SCIM SDK's own (Jackson 2) mapper:
 * at most {@link #MAX_BYTES}, as {@code application/scim+json} (or {@code application/json}).
 */
public final class ScimBodies {

	public static final MediaType SCIM_JSON = MediaType.parseMediaType("application/scim+json");

	/** The largest body accepted: a user is a few hundred bytes, a PATCH a few operations. */
	public static final int MAX_BYTES = 64 * 1024;

	private ScimBodies() {
	}

	public static UserResource user(HttpServletRequest request) throws ScimException {
		return toUser(object(request));
	}

	public static PatchRequest patch(HttpServletRequest request) throws ScimException {
		ObjectNode node = object(request);
		try {
			PatchRequest patch = JsonUtils.nodeToValue(node, PatchRequest.class);
			if (patch.getOperations() == null || patch.getOperations().isEmpty()) {
				throw BadRequestException.invalidSyntax("A PatchOp needs at least one operation.");
			}
			return patch;
		}
		catch (JacksonException | IllegalArgumentException | NullPointerException ex) {
			throw BadRequestException.invalidSyntax("The body is no SCIM PatchOp request.");
		}
	}

	static UserResource toUser(ObjectNode node) throws ScimException {
		try {
			return JsonUtils.nodeToValue(node, UserResource.class);
		}
		catch (JacksonException | IllegalArgumentException ex) {
			throw BadRequestException.invalidSyntax("The body is no SCIM User: an attribute has the wrong type.");
		}
	}

	/** The SDK's JSON for a SCIM object. */
	public static String write(Object body) {
		try {
			return JsonUtils.getObjectWriter().writeValueAsString(body);
		}
		catch (JacksonException ex) {
			throw new IllegalStateException("A SCIM object could not be written", ex);
		}
	}

	private static ObjectNode object(HttpServletRequest request) throws ScimException {
		requireJson(request.getContentType());
		byte[] bytes = read(request);
		try {
			JsonNode node = JsonUtils.getObjectReader().readTree(bytes);
			if (node == null || !node.isObject()) {
				throw BadRequestException.invalidSyntax("The body must be one JSON object.");
			}
			return (ObjectNode) node;
		}
		catch (JacksonException ex) {
			throw BadRequestException.invalidSyntax("The body is no well-formed JSON.");
		}
		catch (IOException ex) {
			throw BadRequestException.invalidSyntax("The body could not be read.");
		}
	}

	private static void requireJson(String contentType) throws ScimException {
		MediaType type;
		try {
			type = (contentType != null) ? MediaType.parseMediaType(contentType) : null;
		}
		catch (InvalidMediaTypeException ex) {
			type = null;
		}
		if (type == null || !(SCIM_JSON.isCompatibleWith(type) || MediaType.APPLICATION_JSON.isCompatibleWith(type))
				|| type.isWildcardType() || type.isWildcardSubtype()) {
			throw new ScimException(415, null, "Send the body as application/scim+json.");
		}
	}

	private static byte[] read(HttpServletRequest request) throws ScimException {
		if (request.getContentLengthLong() > MAX_BYTES) {
			throw tooLarge();
		}
		try (InputStream in = request.getInputStream()) {
			byte[] bytes = in.readNBytes(MAX_BYTES + 1);
			if (bytes.length > MAX_BYTES) {
				throw tooLarge();
			}
			return bytes;
		}
		catch (IOException ex) {
			throw BadRequestException.invalidSyntax("The body could not be read.");
		}
	}

	private static ScimException tooLarge() {
		return new ScimException(413, null, "The body is larger than " + MAX_BYTES + " bytes.");
	}

}
