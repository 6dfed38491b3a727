package dev.accord.account;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import org.apache.commons.codec.binary.Base32;

/**
 * The arithmetic of an authenticator app (RFC 6238: 30 s steps, 6 digits, HMAC-SHA1) and the ways a
 * secret is shown: grouped Base32 to type, an {@code otpauth://} URI, a QR code as an SVG data URI.
 */
final class TotpCodes {

	static final Duration STEP = Duration.ofSeconds(30);

	/** 160 bits, as RFC 4226 recommends. */
	static final int SECRET_BYTES = 20;

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final TimeBasedOneTimePasswordGenerator GENERATOR = new TimeBasedOneTimePasswordGenerator(STEP, 6,
			TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1);

	private TotpCodes() {
	}

	static byte[] newSecret() {
		byte[] secret = new byte[SECRET_BYTES];
		RANDOM.nextBytes(secret);
		return secret;
	}

	/** The time step an instant falls in. */
	static long step(Instant instant) {
		return Math.floorDiv(instant.getEpochSecond(), STEP.toSeconds());
	}

	/** The six digits of this step. */
	static String code(byte[] secret, long step) {
		try {
			return GENERATOR.generateOneTimePasswordString(new SecretKeySpec(secret, GENERATOR.getAlgorithm()),
					Instant.ofEpochSecond(step * STEP.toSeconds()), java.util.Locale.ROOT);
		}
		catch (InvalidKeyException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Whether a typed code is this step's, compared in constant time. */
	static boolean matches(byte[] secret, long step, String typed) {
		return MessageDigest.isEqual(code(secret, step).getBytes(StandardCharsets.US_ASCII),
				typed.getBytes(StandardCharsets.US_ASCII));
	}

	/** Whether the text has the form of a code from an app: six digits, spaces allowed. */
	static String normalized(String typed) {
		String digits = (typed == null) ? "" : typed.replace(" ", "").strip();
		return digits.matches("[0-9]{6}") ? digits : null;
	}

	static String base32(byte[] secret) {
		return new Base32().encodeAsString(secret).replace("=", "");
	}

	/** The Base32 secret in groups of four, to read and type. */
	static String grouped(byte[] secret) {
		return base32(secret).replaceAll("(.{4})(?!$)", "$1 ");
	}

	static String uri(String issuer, String account, byte[] secret) {
		String label = encode(issuer) + ":" + encode(account);
		return "otpauth://totp/" + label + "?secret=" + base32(secret) + "&issuer=" + encode(issuer)
				+ "&algorithm=SHA1&digits=6&period=" + STEP.toSeconds();
	}

	/** The URI as a QR code: an SVG image in a data URI (the portal's CSP allows {@code img-src data:}). */
	static String qrDataUri(String uri) {
		BitMatrix matrix;
		try {
			matrix = new QRCodeWriter().encode(uri, BarcodeFormat.QR_CODE, 0, 0,
					Map.of(EncodeHintType.MARGIN, 4, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
		}
		catch (WriterException ex) {
			throw new IllegalStateException(ex);
		}
		StringBuilder path = new StringBuilder();
		for (int y = 0; y < matrix.getHeight(); y++) {
			for (int x = 0; x < matrix.getWidth(); x++) {
				if (matrix.get(x, y)) {
					path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
				}
			}
		}
		String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + matrix.getWidth() + " "
				+ matrix.getHeight() + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" "
				+ "fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
		return "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
