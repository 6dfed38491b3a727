package dev.accord.support;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/** Reads the parts of a received message. */
public final class Mails {

	private Mails() {
	}

	public static String text(MimeMessage message) throws Exception {
		return part(message, "text/plain");
	}

	public static String html(MimeMessage message) throws Exception {
		return part(message, "text/html");
	}

	/** The first link in the text version that starts with {@code prefix}. */
	public static String link(String text, String prefix) {
		Matcher matcher = Pattern.compile(Pattern.quote(prefix) + "\\S+").matcher(text);
		if (!matcher.find()) {
			throw new AssertionError("no link starting with " + prefix + " in:\n" + text);
		}
		return matcher.group();
	}

	private static String part(Part part, String type) throws Exception {
		if (part.isMimeType(type)) {
			return (String) part.getContent();
		}
		if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart body = multipart.getBodyPart(i);
				String found = part(body, type);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	public static String raw(MimeMessage message) {
		return GreenMailUtil.getWholeMessage(message);
	}

}
