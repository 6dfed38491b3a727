package dev.accord.account.web;

import java.util.List;
import java.util.UUID;

import dev.accord.account.AccordUser;
import dev.accord.account.TrustedDevices;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The browsers a person signed in from, and removing them (a removed browser is asked the second step again). */
@RestController
@RequestMapping("/api/v1/me/trusted-devices")
@Tag(name = "Accounts")
class TrustedDevicesApiController {

	private final TrustedDevices devices;

	TrustedDevicesApiController(TrustedDevices devices) {
		this.devices = devices;
	}

	@GetMapping
	Devices list(@AuthenticationPrincipal AccordUser user, HttpServletRequest request) {
		return new Devices(this.devices.list(user.id(), request));
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void remove(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id) {
		this.devices.remove(user.id(), id);
	}

	record Devices(List<TrustedDevices.DeviceView> items) {
	}

}
