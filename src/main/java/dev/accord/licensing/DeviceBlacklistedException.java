package dev.accord.licensing;

import dev.accord.platform.AccordException;
import org.springframework.http.HttpStatus;

public class DeviceBlacklistedException extends AccordException {

	DeviceBlacklistedException() {
		super(HttpStatus.FORBIDDEN, "DEVICE_BLACKLISTED", "licensing.blacklisted");
	}

}
