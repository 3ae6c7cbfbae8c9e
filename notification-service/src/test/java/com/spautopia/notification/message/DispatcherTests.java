package com.spautopia.notification.message;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.spautopia.events.Channel;
import com.spautopia.notification.message.DispatchProperties.Retry;
import com.spautopia.notification.message.SendQueue.Queued;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class DispatcherTests {

	private final List<String> sent = new CopyOnWriteArrayList<>();

	private Dispatcher dispatcher;

	private final SmsThrottle throttle = new SmsThrottle();

	@AfterEach
	void stop() {
		this.dispatcher.stop();
	}

	@Test
	void smsAreSentNoFasterThanTheConfiguredRate() {
		SendQueue queue = start(properties(4, 10), each((message) -> this.sent.add(message.id())));
		long started = System.nanoTime();

		for (int i = 0; i < 20; i++) {
			queue.offer("sms-" + i, Channel.SMS, Priority.MARKETING.rank(), 0, NotificationStatus.PENDING);
		}

		await().atMost(Duration.ofSeconds(10)).until(() -> this.sent.size() == 20);
		// one token at first, then 10 per second: 19 more take at least 1.9 s
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThan(Duration.ofMillis(1800));
	}

	@Test
	void aThrottledSenderSendsNoSmsUntilTheRetryAfterHasPassed() {
		SendQueue queue = start(properties(4, 100), each((message) -> this.sent.add(message.id())));
		long started = System.nanoTime();
		this.throttle.slowDown(Duration.ofMillis(1500));

		queue.offer("sms-1", Channel.SMS, Priority.TRANSACTIONAL.rank(), 0, NotificationStatus.PENDING);
		queue.offer("sms-2", Channel.SMS, Priority.TRANSACTIONAL.rank(), 0, NotificationStatus.PENDING);

		await().atMost(Duration.ofSeconds(10)).until(() -> this.sent.size() == 2);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThan(Duration.ofMillis(1400));
	}

	@Test
	void manyMessagesAreInFlightAtOnceButNoMoreThanTheConcurrency() {
		AtomicInteger inFlight = new AtomicInteger();
		AtomicInteger maxInFlight = new AtomicInteger();
		CountDownLatch release = new CountDownLatch(1);
		SendQueue queue = start(properties(8, 1000), each((message) -> {
			maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
			try {
				release.await();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			inFlight.decrementAndGet();
			this.sent.add(message.id());
		}));

		for (int i = 0; i < 20; i++) {
			queue.offer("email-" + i, Channel.EMAIL, Priority.TRANSACTIONAL.rank(), 0, NotificationStatus.PENDING);
		}

		await().atMost(Duration.ofSeconds(5)).until(() -> inFlight.get() == 8);
		release.countDown();
		await().atMost(Duration.ofSeconds(5)).until(() -> this.sent.size() == 20);
		assertThat(maxInFlight).hasValue(8);
	}

	@Test
	void transactionalMessagesOvertakeWaitingMarketing() {
		SendQueue queue = start(properties(1, 5), each((message) -> this.sent.add(message.id())));
		for (int i = 0; i < 10; i++) {
			queue.offer("offer-" + i, Channel.SMS, Priority.MARKETING.rank(), 0, NotificationStatus.PENDING);
		}
		await().atMost(Duration.ofSeconds(5)).until(() -> this.sent.size() >= 2);

		queue.offer("reminder", Channel.SMS, Priority.TRANSACTIONAL.rank(), 0, NotificationStatus.PENDING);

		await().atMost(Duration.ofSeconds(10)).until(() -> this.sent.size() == 11);
		assertThat(this.sent.indexOf("reminder")).isLessThanOrEqualTo(this.sent.size() - 1 - 6);
	}

	@Test
	void aMessageIsQueuedOnceWhileWaitingOrBeingSent() {
		AtomicInteger sends = new AtomicInteger();
		CountDownLatch release = new CountDownLatch(1);
		SendQueue queue = start(properties(4, 1000), each((message) -> {
			sends.incrementAndGet();
			try {
				release.await();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}));

		assertThat(queue.offer("a", Channel.SMS, 0, 0, NotificationStatus.PENDING)).isTrue();
		await().atMost(Duration.ofSeconds(5)).until(() -> sends.get() == 1);

		assertThat(queue.offer("a", Channel.SMS, 0, 0, NotificationStatus.PENDING)).isFalse();
		release.countDown();
		await().atMost(Duration.ofSeconds(5)).until(() -> queue.freeCapacity() == 100);
		assertThat(sends).hasValue(1);
	}

	@Test
	void aBurstIsClaimedInBatchesOfAtMostTheMaximum() {
		List<List<String>> batches = new CopyOnWriteArrayList<>();
		DispatchProperties properties = properties(64, 1000);
		SendQueue queue = new SendQueue(properties);
		for (int i = 0; i < 60; i++) {
			queue.offer("email-" + i, Channel.EMAIL, Priority.TRANSACTIONAL.rank(), 0, NotificationStatus.PENDING);
		}

		start(queue, properties, recordingBatches(batches));

		await().atMost(Duration.ofSeconds(5)).until(() -> this.sent.size() == 60);
		// batches are claimed on their own threads: not necessarily in the order formed
		assertThat(batches).extracting(List::size)
			.containsExactlyInAnyOrder(Dispatcher.MAX_BATCH, 60 - Dispatcher.MAX_BATCH);
		await().atMost(Duration.ofSeconds(5)).until(() -> queue.freeCapacity() == 100);
	}

	@Test
	void aBatchOfSmsTakesTheMostUrgentFirstAndTheRateStillHolds() {
		List<List<String>> batches = new CopyOnWriteArrayList<>();
		// 20 per second: 2 at once (a tenth of a second's worth), then one every 50 ms;
		// 2 slots, so that no other batch forms before the first one is claimed
		DispatchProperties properties = properties(2, 20);
		SendQueue queue = new SendQueue(properties);
		for (int i = 0; i < 24; i++) {
			queue.offer("offer-" + i, Channel.SMS, Priority.MARKETING.rank(), 0, NotificationStatus.PENDING);
		}
		for (int i = 0; i < 6; i++) {
			queue.offer("reminder-" + i, Channel.SMS, Priority.TRANSACTIONAL.rank(), 0, NotificationStatus.PENDING);
		}
		long started = System.nanoTime();

		start(queue, properties, recordingBatches(batches));

		await().atMost(Duration.ofSeconds(10)).until(() -> this.sent.size() == 30);
		// 2 tokens at first, then 20 per second: 28 more take at least 1.4 s
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThan(Duration.ofMillis(1350));
		assertThat(batches.get(0)).containsExactly("reminder-0", "reminder-1");
	}

	@Test
	void aBatchWhoseClaimFailsFreesEverySlotAndIsQueuedAgainLater() {
		AtomicInteger claims = new AtomicInteger();
		DispatchProperties properties = properties(4, 1000);
		SendQueue queue = new SendQueue(properties);
		for (int i = 0; i < 4; i++) {
			queue.offer("email-" + i, Channel.EMAIL, Priority.TRANSACTIONAL.rank(), 0, NotificationStatus.PENDING);
		}
		start(queue, properties, (batch) -> {
			if (claims.getAndIncrement() == 0) {
				throw new IllegalStateException("the database is unreachable");
			}
			return each((message) -> this.sent.add(message.id())).claim(batch);
		});
		await().atMost(Duration.ofSeconds(5)).until(() -> queue.freeCapacity() == 100);

		// as the DuePoller finds them again: each may be queued again, and every slot is
		// free
		for (int i = 0; i < 4; i++) {
			assertThat(queue.offer("email-" + i, Channel.EMAIL, Priority.TRANSACTIONAL.rank(), 0,
					NotificationStatus.PENDING))
				.isTrue();
		}

		await().atMost(Duration.ofSeconds(5)).until(() -> this.sent.size() == 4);
		assertThat(this.sent).containsExactlyInAnyOrder("email-0", "email-1", "email-2", "email-3");
	}

	private SendQueue start(DispatchProperties properties, MessageWork work) {
		return start(new SendQueue(properties), properties, work);
	}

	private SendQueue start(SendQueue queue, DispatchProperties properties, MessageWork work) {
		this.dispatcher = new Dispatcher(queue, work, properties, this.throttle);
		this.dispatcher.start();
		return queue;
	}

	/**
	 * Work that sends each message of a batch with {@code send}.
	 */
	private static MessageWork each(Consumer<Queued> send) {
		return (batch) -> batch.stream().collect(Collectors.toMap(Queued::id, (message) -> () -> send.accept(message)));
	}

	/**
	 * Work that records each batch's ids in claim order, then sends each message.
	 */
	private MessageWork recordingBatches(List<List<String>> batches) {
		return (batch) -> {
			batches.add(batch.stream().map(Queued::id).toList());
			return each((message) -> this.sent.add(message.id())).claim(batch);
		};
	}

	private static DispatchProperties properties(int concurrency, int smsPerSecond) {
		return new DispatchProperties(concurrency, smsPerSecond, Duration.ofSeconds(1), Duration.ofMinutes(2), 100,
				new Retry(Duration.ofHours(6), Duration.ofSeconds(1), 2.0, Duration.ofMinutes(1), 0.5),
				Duration.ofMinutes(2), Duration.ofDays(180));
	}

}
