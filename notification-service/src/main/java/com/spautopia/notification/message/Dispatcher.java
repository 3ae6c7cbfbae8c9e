package com.spautopia.notification.message;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
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
 * SMS, for a token and for the end of any pause Twilio's 429 asked for
 * ({@link SmsThrottle}), then sends the most urgent message queued at that moment, so
 * that transactional messages overtake waiting marketing ones. Messages that may all go
 * at once (a burst) go as one batch, claimed together.
 */
@Component
class Dispatcher implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(Dispatcher.class);

	/** The most messages claimed together. */
	static final int MAX_BATCH = 50;

	private final SendQueue queue;

	private final MessageWork work;

	private final Semaphore inFlight;

	private final Bucket smsRate;

	private final SmsThrottle throttle;

	private volatile boolean running;

	private @Nullable Thread pacer;

	private @Nullable ExecutorService workers;

	Dispatcher(SendQueue queue, MessageWork work, DispatchProperties properties, SmsThrottle throttle) {
		this.queue = queue;
		this.throttle = throttle;
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
				submit(nextBatch());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	/**
	 * Waits for the next message as one at a time, then adds, most urgent first, what
	 * else may go right now: while a slot is free and, for an SMS, a rate token is at
	 * hand. A burst is so claimed with a few database round trips, not a few per message.
	 */
	private List<Queued> nextBatch() throws InterruptedException {
		List<Queued> batch = new ArrayList<>();
		batch.add(next());
		while (batch.size() < MAX_BATCH && this.inFlight.tryAcquire()) {
			@Nullable Queued more = this.queue.takeIf(this::mayGoNow);
			if (more == null) {
				this.inFlight.release();
				break;
			}
			batch.add(more);
		}
		return batch;
	}

	private Queued next() throws InterruptedException {
		this.inFlight.acquire();
		@Nullable Queued next = null;
		try {
			next = this.queue.take();
			if (next.channel() == Channel.SMS) {
				this.smsRate.asBlocking().consume(1);
				this.throttle.awaitOpen();
				next = this.queue.mostUrgent(next);
			}
			return next;
		}
		catch (InterruptedException ex) {
			this.inFlight.release();
			if (next != null) {
				this.queue.done(next.id());
			}
			throw ex;
		}
	}

	private boolean mayGoNow(Queued message) {
		return message.channel() != Channel.SMS || (this.throttle.isOpen() && this.smsRate.tryConsume(1));
	}

	/**
	 * Sends each message of a batch on its own thread, holding its slot until its send is
	 * over. The first of these threads to start claims the whole batch; the others wait
	 * for that claim.
	 */
	private void submit(List<Queued> batch) {
		FutureTask<Map<String, Runnable>> claim = new FutureTask<>(() -> claim(batch));
		for (int i = 0; i < batch.size(); i++) {
			Queued message = batch.get(i);
			ExecutorService executor = this.workers;
			try {
				if (executor == null) {
					throw new RejectedExecutionException("not started");
				}
				executor.execute(() -> send(message, claim));
			}
			catch (RejectedExecutionException ex) {
				// stopping: what is left is found again by the next instance to start
				// (what
				// the batch's claim took, once its lease runs out)
				batch.subList(i, batch.size()).forEach(this::finish);
				return;
			}
		}
	}

	private Map<String, Runnable> claim(List<Queued> batch) {
		try {
			return this.work.claim(batch);
		}
		catch (RuntimeException ex) {
			logger.error("Claiming {} message(s) failed; they will be found and tried again", batch.size(), ex);
			return Map.of();
		}
	}

	private void send(Queued message, FutureTask<Map<String, Runnable>> claim) {
		try {
			claim.run();
			Runnable send = claim.get().get(message.id());
			if (send != null) {
				send.run();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (ExecutionException | RuntimeException ex) {
			logger.error("Sending {} failed unexpectedly; it will be tried again", message.id(), ex);
		}
		finally {
			finish(message);
		}
	}

	private void finish(Queued message) {
		this.queue.done(message.id());
		this.inFlight.release();
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
