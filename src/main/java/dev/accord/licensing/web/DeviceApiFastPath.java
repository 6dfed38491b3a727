package dev.accord.licensing.web;

import java.io.IOException;

import dev.accord.licensing.DeviceService;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Activation and check-in are the calls every licensed computer makes. A valid request is answered
 * here, before the security filter chain and Spring MVC, which cost more than the call itself and do
 * nothing for it: the key in the body is the credential, and there is no session, form or user.
 * Anything else (malformed, invalid, refused by a rule) goes on, body intact, to
 * {@link DeviceApiController}, so every error is answered in one place, the ordinary way. The
 * calls are timed as {@code accord.device.requests}, since they skip the HTTP server metrics.
 */
@Configuration(proxyBeanMethods = false)
class DeviceApiFastPath {

	static final String ACTIVATE = "/api/v1/activations";

	static final String CHECK_IN = "/api/v1/activations/check-in";

	@Bean
	FilterRegistrationBean<Filter> deviceApiFastPathFilter(DeviceService devices, JsonMapper json, MeterRegistry meters) {
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new Filter(devices, json, meters));
		registration.addUrlPatterns(ACTIVATE, CHECK_IN);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
		return registration;
	}

	static final class Filter extends OncePerRequestFilter {

		private final DeviceService devices;

		private final ObjectReader checkInRequests;

		private final ObjectReader activateRequests;

		private final ObjectWriter checkInAnswers;

		private final ObjectWriter activateAnswers;

		private final Timer checkIns;

		private final Timer activations;

		Filter(DeviceService devices, JsonMapper json, MeterRegistry meters) {
			this.devices = devices;
			// Readers and writers made once: per call, only the parsing and writing remain.
			this.checkInRequests = json.readerFor(DeviceApiController.DeviceRequest.class);
			this.activateRequests = json.readerFor(DeviceApiController.ActivateRequest.class);
			this.checkInAnswers = json.writerFor(DeviceService.CheckIn.class);
			this.activateAnswers = json.writerFor(DeviceApiController.Activation.class);
			this.checkIns = Timer.builder("accord.device.requests").tag("call", "check-in").register(meters);
			this.activations = Timer.builder("accord.device.requests").tag("call", "activate").register(meters);
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String path = request.getRequestURI().substring(request.getContextPath().length());
			boolean checkIn = CHECK_IN.equals(path);
			if (!"POST".equals(request.getMethod()) || (!checkIn && !ACTIVATE.equals(path)) || !isJson(request)
					|| request.getContentLengthLong() > DeviceRequestLimits.BODY) {
				chain.doFilter(request, response);
				return;
			}
			byte[] body = request.getInputStream().readNBytes(DeviceRequestLimits.BODY + 1);
			long start = System.nanoTime();
			RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request, response));
			Answer answer;
			try {
				answer = (body.length > DeviceRequestLimits.BODY) ? null : checkIn ? checkIn(body) : activate(body, request);
			}
			finally {
				RequestContextHolder.resetRequestAttributes();
			}
			if (answer == null) {
				chain.doFilter(new ReplayedRequest(request, body), response);
				return;
			}
			(checkIn ? this.checkIns : this.activations).record(System.nanoTime() - start,
					java.util.concurrent.TimeUnit.NANOSECONDS);
			write(request, response, answer);
		}

		private Answer checkIn(byte[] body) {
			DeviceApiController.DeviceRequest request = read(body, this.checkInRequests);
			if (request == null || !request.isWithinLimits()) {
				return null;
			}
			try {
				return new Answer(200, this.checkInAnswers
					.writeValueAsBytes(this.devices.checkIn(request.licenseKey(), request.deviceId().trim())));
			}
			catch (RuntimeException ex) {
				return null; // the controller answers it again, with the problem details of every error
			}
		}

		private Answer activate(byte[] body, HttpServletRequest http) {
			DeviceApiController.ActivateRequest request = read(body, this.activateRequests);
			if (request == null || !request.isWithinLimits()) {
				return null;
			}
			try {
				DeviceService.Activated activated = this.devices.activate(request.licenseKey(),
						new DeviceService.Device(request.deviceId().trim(), request.computerName().trim(),
								request.serialNumber(), request.macAddress(), http.getRemoteAddr()));
				return new Answer(activated.created() ? 201 : 200,
						this.activateAnswers.writeValueAsBytes(new DeviceApiController.Activation(activated.activationId(),
								"ACTIVE", activated.subscriptionStatus(), activated.expiresAt())));
			}
			catch (RuntimeException ex) {
				return null; // the controller answers it again, with the problem details of every error
			}
		}

		private static <T> T read(byte[] body, ObjectReader reader) {
			try {
				return reader.readValue(body);
			}
			catch (RuntimeException ex) {
				return null;
			}
		}

		/** JSON in, and JSON accepted out; anything else is the controller's to refuse (415, 406). */
		private static boolean isJson(HttpServletRequest request) {
			String type = request.getContentType();
			String accept = request.getHeader("Accept");
			return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")
					&& (accept == null || accept.contains("application/json") || accept.contains("*/*")
							|| accept.contains("application/*"));
		}

		private void write(HttpServletRequest request, HttpServletResponse response, Answer answer) throws IOException {
			byte[] json = answer.body();
			response.setStatus(answer.status());
			response.setContentType("application/json");
			// The headers Spring Security writes on every other answer.
			response.setHeader("X-Content-Type-Options", "nosniff");
			response.setHeader("X-XSS-Protection", "0");
			response.setHeader("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");
			response.setHeader("Pragma", "no-cache");
			response.setHeader("Expires", "0");
			response.setHeader("X-Frame-Options", "DENY");
			if (request.isSecure()) {
				response.setHeader("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains");
			}
			response.setContentLength(json.length);
			response.getOutputStream().write(json);
		}

	}

	record Answer(int status, byte[] body) {
	}

}
