package dev.accord.account.web;

import java.util.UUID;

import dev.accord.account.AccordUser;
import dev.accord.account.TrustedDevices;
import dev.accord.platform.NotFoundException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Security Settings → Browsers: removing one of them, or all. */
@Controller
class TrustedDevicesController {

	private final TrustedDevices devices;

	TrustedDevicesController(TrustedDevices devices) {
		this.devices = devices;
	}

	@PostMapping("/security/devices/{id}/remove")
	String remove(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id, RedirectAttributes redirect) {
		try {
			this.devices.remove(user.id(), id);
		}
		catch (NotFoundException ex) {
			// Removed already (another tab): the list shows it gone either way.
		}
		redirect.addFlashAttribute("devicesRemoved", 1);
		return "redirect:/security#devices";
	}

	@PostMapping("/security/devices/remove-all")
	String removeAll(@AuthenticationPrincipal AccordUser user, RedirectAttributes redirect) {
		redirect.addFlashAttribute("devicesRemoved", this.devices.removeAll(user.id()));
		return "redirect:/security#devices";
	}

}
