package dev.accord.mail;

/** Where the dispatcher hands a message: an SMTP server, or the development mailbox. */
interface MailTransport {

	String mode();

	void deliver(OutboxMessage message) throws Exception;

	record OutboxMessage(java.util.UUID id, String to, String subject, String text, String html) {
	}

}
