package dev.accord.platform;

import java.nio.charset.StandardCharsets;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.DigestUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * The brand's primary colour as Pico's CSS variables, in the light and the dark scheme, served as a
 * stylesheet so that the Content-Security-Policy needs no inline style. The layout links it only
 * when a colour is set; browsers keep it and revalidate it by its ETag, so a new
 * colour shows after a restart.
 */
@RestController
class BrandStylesheet {

	static final String PATH = "/css/brand.css";

	private static final String LIGHT = ":root:not([data-theme=dark]), [data-theme=light]";

	private static final String DARK = "[data-theme=dark]";

	private final String css;

	private final String etag;

	BrandStylesheet(AccordProperties properties) {
		String color = properties.brand().primaryColor();
		this.css = (color == null) ? "" : css(Colour.parse(color));
		this.etag = "\"" + DigestUtils.md5DigestAsHex(this.css.getBytes(StandardCharsets.UTF_8)) + "\"";
	}

	@GetMapping(path = PATH, produces = "text/css")
	ResponseEntity<String> stylesheet(WebRequest request) {
		if (request.checkNotModified(this.etag)) {
			return null;
		}
		return ResponseEntity.status(HttpStatus.OK)
			.contentType(new MediaType("text", "css", StandardCharsets.UTF_8))
			.cacheControl(CacheControl.noCache().cachePublic())
			.eTag(this.etag)
			.body(this.css);
	}

	/** Links darken on hover in the light scheme; in the dark one, text is lighter to keep its contrast. */
	private static String css(Colour primary) {
		String light = variables(primary, primary, primary.mix(Colour.BLACK, 0.2), primary.mix(Colour.BLACK, 0.2));
		String dark = variables(primary.mix(Colour.WHITE, 0.35), primary, primary.mix(Colour.WHITE, 0.5),
				primary.mix(Colour.WHITE, 0.15));
		return LIGHT + " {\n" + light + "}\n@media only screen and (prefers-color-scheme: dark) {\n"
				+ ":root:not([data-theme]) {\n" + dark + "}\n}\n" + DARK + " {\n" + dark + "}\n";
	}

	private static String variables(Colour text, Colour background, Colour hoverText, Colour hoverBackground) {
		return "  --pico-primary: " + text.hex() + ";\n"
				+ "  --pico-primary-background: " + background.hex() + ";\n"
				+ "  --pico-primary-border: " + background.hex() + ";\n"
				+ "  --pico-primary-underline: " + text.rgba(0.5) + ";\n"
				+ "  --pico-primary-hover: " + hoverText.hex() + ";\n"
				+ "  --pico-primary-hover-background: " + hoverBackground.hex() + ";\n"
				+ "  --pico-primary-hover-border: " + hoverBackground.hex() + ";\n"
				+ "  --pico-primary-hover-underline: " + hoverText.hex() + ";\n"
				+ "  --pico-primary-focus: " + background.rgba(0.5) + ";\n"
				+ "  --pico-primary-inverse: " + (background.prefersDarkText() ? "#000" : "#fff") + ";\n";
	}

}
