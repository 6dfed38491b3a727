package dev.accord.mail;

import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/** Real delivery, used when {@code spring.mail.host} is set. */
class SmtpTransport implements MailTransport {

	private final JavaMailSender sender;

	private final String from;

	SmtpTransport(JavaMailSender sender, String from) {
		this.sender = sender;
		this.from = from;
	}

	@Override
	public String mode() {
		return "smtp";
	}

	@Override
	public void deliver(OutboxMessage message) throws Exception {
		MimeMessage mime = this.sender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(mime, true, "UTF-8");
		helper.setFrom(this.from);
		helper.setTo(message.to());
		helper.setSubject(message.subject());
		helper.setText(message.text(), message.html());
		mime.setHeader("X-Accord-Message", message.id().toString());
		this.sender.send(mime);
	}

}
