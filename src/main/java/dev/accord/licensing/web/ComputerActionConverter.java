package dev.accord.licensing.web;

import dev.accord.licensing.ComputerAction;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/** Reads the Computers page's buttons ({@code action=deactivate}, …) as a {@link ComputerAction}. */
@Component
class ComputerActionConverter implements Converter<String, ComputerAction> {

	@Override
	public ComputerAction convert(String source) {
		return ComputerAction.of(source);
	}

}
