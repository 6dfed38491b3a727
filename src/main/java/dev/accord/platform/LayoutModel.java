package dev.accord.platform;

import dev.accord.shared.Language;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Model attributes every page's layout reads. */
@ControllerAdvice
class LayoutModel {

	private final AccordProperties properties;

	LayoutModel(AccordProperties properties) {
		this.properties = properties;
	}

	@ModelAttribute("brandName")
	String brandName() {
		return this.properties.brand().name();
	}

	@ModelAttribute("brand")
	AccordProperties.Brand brand() {
		return this.properties.brand();
	}

	@ModelAttribute("languages")
	Language[] languages() {
		return Language.values();
	}

}
