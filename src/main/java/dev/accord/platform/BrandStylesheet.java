package dev.accord.platform;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Locale;

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
		this.css = (color == null) ? "" : css(Rgb.parse(color));
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
	private static String css(Rgb primary) {
		String light = variables(primary, primary, primary.mix(Rgb.BLACK, 0.2), primary.mix(Rgb.BLACK, 0.2));
		String dark = variables(primary.mix(Rgb.WHITE, 0.35), primary, primary.mix(Rgb.WHITE, 0.5),
				primary.mix(Rgb.WHITE, 0.15));
		return LIGHT + " {\n" + light + "}\n@media only screen and (prefers-color-scheme: dark) {\n"
				+ ":root:not([data-theme]) {\n" + dark + "}\n}\n" + DARK + " {\n" + dark + "}\n";
	}

	private static String variables(Rgb text, Rgb background, Rgb hoverText, Rgb hoverBackground) {
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

	/** A colour from {@code #rgb} or {@code #rrggbb}. */
	record Rgb(int red, int green, int blue) {

		static final Rgb BLACK = new Rgb(0, 0, 0);

		static final Rgb WHITE = new Rgb(255, 255, 255);

		static Rgb parse(String hex) {
			String digits = hex.substring(1);
			if (digits.length() == 3) {
				digits = digits.replaceAll("(.)", "$1$1");
			}
			int value = HexFormat.fromHexDigits(digits);
			return new Rgb((value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff);
		}

		Rgb mix(Rgb other, double share) {
			return new Rgb(blend(this.red, other.red, share), blend(this.green, other.green, share),
					blend(this.blue, other.blue, share));
		}

		/** Whether black text reads better on this colour than white (WCAG relative luminance). */
		boolean prefersDarkText() {
			double luminance = 0.2126 * linear(this.red) + 0.7152 * linear(this.green) + 0.0722 * linear(this.blue);
			return (luminance + 0.05) / 0.05 > 1.05 / (luminance + 0.05);
		}

		String hex() {
			return String.format(Locale.ROOT, "#%02x%02x%02x", this.red, this.green, this.blue);
		}

		String rgba(double alpha) {
			return String.format(Locale.ROOT, "rgba(%d, %d, %d, %.2f)", this.red, this.green, this.blue, alpha);
		}

		private static int blend(int from, int to, double share) {
			return (int) Math.round(from + (to - from) * share);
		}

		private static double linear(int channel) {
			double c = channel / 255.0;
			return (c <= 0.03928) ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
		}

	}

}
