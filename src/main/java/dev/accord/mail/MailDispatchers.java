package dev.accord.mail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * The dispatcher threads of this instance. Each runs rounds of {@link MailDispatcher#dispatchDue()}
 * while there is mail to send; when idle it waits for the {@link OutboxSignal} or the poll interval,
 * which remains the fallback for retries and for mail queued by other instances.
 */
class MailDispatchers implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(MailDispatchers.class);

	private final MailDispatcher dispatcher;

	private final OutboxSignal signal;

	private final int threads;

	private final Duration pollInterval;

	private final List<Thread> running = new ArrayList<>();

	private volatile boolean stopping;

	MailDispatchers(MailDispatcher dispatcher, OutboxSignal signal, int threads, Duration pollInterval) {
		this.dispatcher = dispatcher;
		this.signal = signal;
		this.threads = threads;
		this.pollInterval = pollInterval;
	}

	@Override
	public synchronized void start() {
		this.stopping = false;
		for (int i = 1; i <= this.threads; i++) {
			Thread thread = new Thread(this::work, "mail-dispatcher-" + i);
			thread.setDaemon(true);
			thread.start();
			this.running.add(thread);
		}
	}

	@Override
	public synchronized void stop() {
		this.stopping = true;
		this.signal.ring();
		for (Thread thread : this.running) {
			try {
				// A round is short (one batch); let it finish rather than cut an SMTP conversation.
				thread.join(10_000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		this.running.clear();
	}

	@Override
	public synchronized boolean isRunning() {
		return !this.running.isEmpty();
	}

	private void work() {
		while (!this.stopping) {
			long seen = this.signal.generation();
			if (round() == 0 && !this.stopping) {
				this.signal.await(seen, this.pollInterval);
			}
		}
	}

	private int round() {
		try {
			return this.dispatcher.dispatchDue();
		}
		catch (RuntimeException ex) {
			log.warn("Mail dispatch round failed; it will run again: {}", ex.toString());
			return 0;
		}
	}

}
