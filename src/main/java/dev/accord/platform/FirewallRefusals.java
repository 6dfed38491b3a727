package dev.accord.platform;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

/**
 * What Spring Security's firewall refuses ({@code //}, {@code %2e}, {@code ;}, encoded slashes,
 * odd header values, unknown methods) is answered like every other refusal: problem+json under
 * {@code /api/}, the error page elsewhere. An unknown method is 405, anything else 400.
 */
@Component
class FirewallRefusals implements RequestRejectedHandler {

	private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

	private final Problems problems;

	FirewallRefusals(Problems problems) {
		this.problems = problems;
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException ex)
			throws IOException {
		HttpStatus status = METHODS.contains(request.getMethod()) ? HttpStatus.BAD_REQUEST
				: HttpStatus.METHOD_NOT_ALLOWED;
		if (response.isCommitted()) {
			return;
		}
		response.reset();
		if (Problems.isApi(request)) {
			Failure failure = Failure.of(status);
			this.problems.write(request, response, status, failure.code(), failure.messageKey());
		}
		else {
			response.sendError(status.value());
		}
	}

}
