package dev.accord.licensing.web;

import java.time.LocalDate;
import java.util.UUID;

import dev.accord.licensing.DeviceService;
import dev.accord.licensing.SubscriptionStatus;
import dev.accord.platform.SingleLine;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The device API: the license key is the device's credential. */
@RestController
@RequestMapping("/api/v1/activations")
@Tag(name = "Devices")
class DeviceApiController {

	private final DeviceService devices;

	DeviceApiController(DeviceService devices) {
		this.devices = devices;
	}

	@PostMapping
	ResponseEntity<Activation> activate(@Valid @RequestBody ActivateRequest request, HttpServletRequest http) {
		DeviceService.Activated activated = this.devices.activate(request.licenseKey(),
				new DeviceService.Device(request.deviceId().trim(), request.computerName().trim(),
						request.serialNumber(), request.macAddress(), http.getRemoteAddr()));
		return ResponseEntity.status(activated.created() ? HttpStatus.CREATED : HttpStatus.OK)
			.body(new Activation(activated.activationId(), "ACTIVE", activated.subscriptionStatus(),
					activated.expiresAt()));
	}

	@PostMapping("/check-in")
	DeviceService.CheckIn checkIn(@Valid @RequestBody DeviceRequest request) {
		return this.devices.checkIn(request.licenseKey(), request.deviceId().trim());
	}

	@PostMapping("/deactivate")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void deactivate(@Valid @RequestBody DeviceRequest request) {
		this.devices.deactivate(request.licenseKey(), request.deviceId().trim());
	}

	record ActivateRequest(
			@NotBlank(message = "{validation.required}") @Size(max = DeviceRequestLimits.LICENSE_KEY) String licenseKey,
			@NotBlank(message = "{validation.required}") @Size(max = DeviceRequestLimits.TEXT, message = "{validation.tooLong}") @SingleLine String deviceId,
			@NotBlank(message = "{validation.required}") @Size(max = DeviceRequestLimits.TEXT, message = "{validation.tooLong}") @SingleLine String computerName,
			@Size(max = DeviceRequestLimits.TEXT, message = "{validation.tooLong}") @SingleLine String serialNumber,
			@Size(max = DeviceRequestLimits.MAC_ADDRESS, message = "{validation.tooLong}") @SingleLine String macAddress) {

		/** What the annotations say, checked without a validator (for {@link DeviceApiFastPath}). */
		boolean isWithinLimits() {
			return DeviceRequestLimits.fits(this.licenseKey, DeviceRequestLimits.LICENSE_KEY)
					&& DeviceRequestLimits.fits(this.deviceId, DeviceRequestLimits.TEXT)
					&& DeviceRequestLimits.fits(this.computerName, DeviceRequestLimits.TEXT)
					&& DeviceRequestLimits.fitsOrNull(this.serialNumber, DeviceRequestLimits.TEXT)
					&& DeviceRequestLimits.fitsOrNull(this.macAddress, DeviceRequestLimits.MAC_ADDRESS);
		}

	}

	record DeviceRequest(
			@NotBlank(message = "{validation.required}") @Size(max = DeviceRequestLimits.LICENSE_KEY) String licenseKey,
			@NotBlank(message = "{validation.required}") @Size(max = DeviceRequestLimits.TEXT, message = "{validation.tooLong}") @SingleLine String deviceId) {

		/** What the annotations say, checked without a validator (for {@link DeviceApiFastPath}). */
		boolean isWithinLimits() {
			return DeviceRequestLimits.fits(this.licenseKey, DeviceRequestLimits.LICENSE_KEY)
					&& DeviceRequestLimits.fits(this.deviceId, DeviceRequestLimits.TEXT);
		}

	}

	record Activation(UUID activationId, String status, SubscriptionStatus subscriptionStatus, LocalDate expiresAt) {
	}

}
