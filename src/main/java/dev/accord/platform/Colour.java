package dev.accord.platform;

import java.util.HexFormat;
import java.util.Locale;

/**
 * A colour of the brand, read from {@code #rgb} or {@code #rrggbb}.
 *
 * @param red 0 to 255
 * @param green 0 to 255
 * @param blue 0 to 255
 */
public record Colour(int red, int green, int blue) {

	/** Black. */
	public static final Colour BLACK = new Colour(0, 0, 0);

	/** White. */
	public static final Colour WHITE = new Colour(255, 255, 255);

	/** Reads {@code #rgb} or {@code #rrggbb}, as {@code accord.brand.primary-color} is validated. */
	public static Colour parse(String hex) {
		String digits = hex.substring(1);
		if (digits.length() == 3) {
			digits = digits.replaceAll("(.)", "$1$1");
		}
		int value = HexFormat.fromHexDigits(digits);
		return new Colour((value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff);
	}

	/** This colour moved towards {@code other} by {@code share} (0 to 1). */
	public Colour mix(Colour other, double share) {
		return new Colour(blend(this.red, other.red, share), blend(this.green, other.green, share),
				blend(this.blue, other.blue, share));
	}

	/** Whether black text reads better on this colour than white (WCAG relative luminance). */
	public boolean prefersDarkText() {
		double luminance = 0.2126 * linear(this.red) + 0.7152 * linear(this.green) + 0.0722 * linear(this.blue);
		return (luminance + 0.05) / 0.05 > 1.05 / (luminance + 0.05);
	}

	/** As {@code #rrggbb}. */
	public String hex() {
		return String.format(Locale.ROOT, "#%02x%02x%02x", this.red, this.green, this.blue);
	}

	/** As CSS {@code rgba(...)} with this opacity. */
	public String rgba(double alpha) {
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
