package dev.accord.licensing;

import dev.accord.platform.AccordException;
import org.springframework.http.HttpStatus;

/** The business account refuses this device on all its keys (403 {@code DEVICE_BLACKLISTED}). */
public class DeviceBlacklistedException extends AccordException {

	DeviceBlacklistedException() {
		super(HttpStatus.FORBIDDEN, "DEVICE_BLACKLISTED", "licensing.blacklisted");
	}

}
