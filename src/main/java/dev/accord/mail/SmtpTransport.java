package dev.accord.mail;

import java.util.Date;

import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;

/**
 * Real delivery, used when {@code spring.mail.host} is set. A connection stays open for a whole
 * batch (one SMTP handshake for many messages) and is opened again after a failure.
 */
class SmtpTransport implements MailTransport {

	private static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

	private static final String ANGUS_STREAM_PROVIDER = "org.eclipse.angus.mail.util.MailStreamProvider";

	private final JavaMailSenderImpl sender;

	private final String from;

	SmtpTransport(JavaMailSenderImpl sender, String from) {
		this.sender = sender;
		this.from = from;
		nameStreamProvider();
	}

	/**
	 * Jakarta Mail 2.1 finds its stream provider with a fresh ServiceLoader scan of the class path for
	 * every body part it creates or writes: more than half of a dispatcher's CPU in MailBenchmark.
	 * Naming the implementation (unless the operator did) turns that into a plain class lookup.
	 */
	private static void nameStreamProvider() {
		if (System.getProperty(STREAM_PROVIDER) == null
				&& ClassUtils.isPresent(ANGUS_STREAM_PROVIDER, SmtpTransport.class.getClassLoader())) {
			System.setProperty(STREAM_PROVIDER, ANGUS_STREAM_PROVIDER);
		}
	}

	@Override
	public String mode() {
		return "smtp";
	}

	@Override
	public Connection open() {
		return new SmtpConnection();
	}

	MimeMessage mime(OutboxMessage message) throws MessagingException {
		MimeMessage mime = this.sender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(mime, true, "UTF-8");
		helper.setFrom(this.from);
		helper.setTo(message.to());
		helper.setSubject(message.subject());
		helper.setText(message.text(), message.html());
		mime.setHeader("X-Accord-Message", message.id().toString());
		mime.setSentDate(new Date());
		mime.saveChanges();
		return mime;
	}

	private final class SmtpConnection implements Connection {

		private Transport transport;

		@Override
		public void deliver(OutboxMessage message) throws Exception {
			MimeMessage mime = mime(message);
			connect();
			try {
				this.transport.sendMessage(mime, mime.getAllRecipients());
			}
			catch (MessagingException ex) {
				// The connection may be broken; the next message starts a fresh one.
				close();
				throw ex;
			}
		}

		private void connect() throws UnavailableException {
			if (this.transport != null && this.transport.isConnected()) {
				return;
			}
			close();
			JavaMailSenderImpl config = SmtpTransport.this.sender;
			String username = StringUtils.hasLength(config.getUsername()) ? config.getUsername() : null;
			try {
				this.transport = config.getSession().getTransport(config.getProtocol());
				this.transport.connect(config.getHost(), config.getPort(), username,
						(username != null) ? config.getPassword() : null);
			}
			catch (MessagingException ex) {
				close();
				throw new UnavailableException(ex);
			}
		}

		@Override
		public void close() {
			if (this.transport != null) {
				try {
					this.transport.close();
				}
				catch (MessagingException ex) {
					// Closing a broken connection: nothing more to do.
				}
				this.transport = null;
			}
		}

	}

}
