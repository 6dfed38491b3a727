package dev.accord.scim.web;

import com.unboundid.scim2.common.exceptions.ScimException;
import com.unboundid.scim2.common.messages.ErrorResponse;
import dev.accord.platform.DatabaseOutage;
import dev.accord.scim.ScimBodies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * What every SCIM controller answers when something goes wrong: a SCIM {@link ErrorResponse}
 * ({@code status}, {@code scimType}, {@code detail}) as {@code application/scim+json}, never the
 * portal's problem+json; anything unexpected is a SCIM 500 that is logged.
 */
abstract class ScimEndpoint {

	private static final Logger log = LoggerFactory.getLogger(ScimEndpoint.class);

	static ResponseEntity<String> scim(int status, Object body) {
		return ResponseEntity.status(status).contentType(ScimBodies.SCIM_JSON).body(ScimBodies.write(body));
	}

	@ExceptionHandler(ScimException.class)
	ResponseEntity<String> scimError(ScimException ex) {
		return scim(ex.getScimError().getStatus(), ex.getScimError());
	}

	@ExceptionHandler(DatabaseOutage.Unavailable.class)
	ResponseEntity<String> outage(DatabaseOutage.Unavailable ex) {
		return error(503, null, "The service is unavailable; try again later.");
	}

	@ExceptionHandler(org.springframework.web.bind.MissingServletRequestParameterException.class)
	ResponseEntity<String> missing(Exception ex) {
		return error(400, "invalidValue", "A parameter is missing.");
	}

	@ExceptionHandler(org.springframework.web.method.annotation.MethodArgumentTypeMismatchException.class)
	ResponseEntity<String> mismatch(Exception ex) {
		return error(400, "invalidValue", "A parameter has the wrong type.");
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<String> unexpected(Exception ex) {
		if (DatabaseOutage.isCause(ex)) {
			return outage(new DatabaseOutage.Unavailable(ex));
		}
		log.error("SCIM request failed", ex);
		return error(500, null, "The request could not be completed.");
	}

	static ResponseEntity<String> error(int status, String scimType, String detail) {
		ErrorResponse error = new ErrorResponse(status);
		error.setScimType(scimType);
		error.setDetail(detail);
		return scim(status, error);
	}

}
