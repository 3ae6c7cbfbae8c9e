package com.spautopia.notification.message;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import com.spautopia.events.Channel;
import com.spautopia.notification.message.SendQueue.Queued;
import io.github.bucket4j.Bucket;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Sends queued messages many at a time (each on a virtual thread, at most
 * {@code concurrency} in flight) and SMS no faster than {@code smsPerSecond} (a token
 * bucket). One pacer thread decides what goes next: it waits for a free slot and, for an
 * SMS, for a token, then sends the most urgent message queued at that moment, so that
 * transactional messages overtake waiting marketing ones.
 */
@Component
class Dispatcher implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(Dispatcher.class);

	private final SendQueue queue;

	private final MessageWork work;

	private final Semaphore inFlight;

	private final Bucket smsRate;

	private volatile boolean running;

	private @Nullable Thread pacer;

	private @Nullable ExecutorService workers;

	Dispatcher(SendQueue queue, MessageWork work, DispatchProperties properties) {
		this.queue = queue;
		this.work = work;
		this.inFlight = new Semaphore(properties.concurrency());
		int rate = properties.smsPerSecond();
		int burst = Math.max(1, rate / 10);
		this.smsRate = Bucket.builder()
			.addLimit((limit) -> limit.capacity(burst).refillGreedy(rate, Duration.ofSeconds(1)))
			.build();
	}

	@Override
	public void start() {
		this.workers = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("notification-send-", 0).factory());
		this.running = true;
		this.pacer = Thread.ofPlatform().daemon().name("notification-pacer").start(this::pace);
	}

	private void pace() {
		while (this.running) {
			try {
				this.inFlight.acquire();
				try {
					Queued next = this.queue.take();
					if (next.channel() == Channel.SMS) {
						this.smsRate.asBlocking().consume(1);
						next = this.queue.mostUrgent(next);
					}
					submit(next);
				}
				catch (InterruptedException ex) {
					this.inFlight.release();
					throw ex;
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	private void submit(Queued message) {
		ExecutorService executor = this.workers;
		if (executor == null) {
			this.inFlight.release();
			return;
		}
		executor.execute(() -> {
			try {
				this.work.send(message.id(), message.version(), message.status());
			}
			catch (RuntimeException ex) {
				logger.error("Sending {} failed unexpectedly; it will be tried again", message.id(), ex);
			}
			finally {
				this.queue.done(message.id());
				this.inFlight.release();
			}
		});
	}

	@Override
	public void stop() {
		this.running = false;
		Thread thread = this.pacer;
		if (thread != null) {
			thread.interrupt();
		}
		ExecutorService executor = this.workers;
		if (executor != null) {
			executor.shutdown();
			try {
				if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
					logger.warn("Messages still being sent at shutdown; their leases let another instance finish");
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

}
