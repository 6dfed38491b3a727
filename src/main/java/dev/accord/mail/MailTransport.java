package dev.accord.mail;

import java.util.UUID;

/** Where the dispatcher hands messages: an SMTP server, or the development mailbox. */
interface MailTransport {

	String mode();

	/** A connection for one batch; it connects when first used and after a failure. */
	Connection open();

	/** Sends one message after another over one connection; closing it ends the connection. */
	interface Connection extends AutoCloseable {

		/**
		 * @throws UnavailableException when the server cannot be reached at all (the rest of the batch
		 * would fail the same way)
		 * @throws Exception when this message was not delivered
		 */
		void deliver(OutboxMessage message) throws Exception;

		@Override
		void close();

	}

	/** The server could not be reached. */
	class UnavailableException extends Exception {

		UnavailableException(Throwable cause) {
			super(cause.toString(), cause);
		}

	}

	record OutboxMessage(UUID id, String to, String subject, String text, String html) {
	}

}
