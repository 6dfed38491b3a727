package dev.accord.support;

import java.io.IOException;
import java.net.ServerSocket;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real SMTP server (GreenMail) on a fixed free port, which a test can stop and start again to
 * play an outage. Register it with {@link #register(DynamicPropertyRegistry)} to put the
 * application in SMTP mode.
 */
public final class SmtpServer {

	private final int port = freePort();

	private GreenMail greenMail;

	public void register(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> this.port);
		registry.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> "2000");
		registry.add("spring.mail.properties.mail.smtp.timeout", () -> "2000");
	}

	public synchronized void start() {
		if (this.greenMail == null) {
			this.greenMail = new GreenMail(new ServerSetup(this.port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
			this.greenMail.start();
		}
	}

	public synchronized void stop() {
		if (this.greenMail != null) {
			this.greenMail.stop();
			this.greenMail = null;
		}
	}

	public synchronized MimeMessage[] received() {
		return (this.greenMail != null) ? this.greenMail.getReceivedMessages() : new MimeMessage[0];
	}

	/** Waits up to the timeout until at least {@code count} messages arrived; returns them all. */
	public MimeMessage[] awaitMessages(int count, long timeoutMillis) throws InterruptedException {
		long deadline = System.currentTimeMillis() + timeoutMillis;
		while (received().length < count && System.currentTimeMillis() < deadline) {
			Thread.sleep(50);
		}
		return received();
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
