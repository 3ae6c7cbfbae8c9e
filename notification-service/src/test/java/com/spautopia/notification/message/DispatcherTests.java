package com.spautopia.notification.message;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import com.spautopia.events.Channel;
import com.spautopia.notification.message.DispatchProperties.Retry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class DispatcherTests {

	private final List<String> sent = new CopyOnWriteArrayList<>();

	private Dispatcher dispatcher;

	@AfterEach
	void stop() {
		this.dispatcher.stop();
	}

	@Test
	void smsAreSentNoFasterThanTheConfiguredRate() {
		SendQueue queue = start(properties(4, 10), (id, version, status) -> this.sent.add(id));
		long started = System.nanoTime();

		for (int i = 0; i < 20; i++) {
			queue.offer("sms-" + i, Channel.SMS, Priority.MARKETING.rank(), 0, NotificationStatus.PENDING);
		}

		await().atMost(Duration.ofSeconds(10)).until(() -> this.sent.size() == 20);
		// one token at first, then 10 per second: 19 more take at least 1.9 s
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThan(Duration.ofMillis(1800));
	}

	@Test
	void manyMessagesAreInFlightAtOnceButNoMoreThanTheConcurrency() {
		AtomicInteger inFlight = new AtomicInteger();
		AtomicInteger maxInFlight = new AtomicInteger();
		CountDownLatch release = new CountDownLatch(1);
		SendQueue queue = start(properties(8, 1000), (id, version, status) -> {
			maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
			try {
				release.await();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			inFlight.decrementAndGet();
			this.sent.add(id);
		});

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
		SendQueue queue = start(properties(1, 5), (id, version, status) -> this.sent.add(id));
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
		SendQueue queue = start(properties(4, 1000), (id, version, status) -> {
			sends.incrementAndGet();
			try {
				release.await();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		});

		assertThat(queue.offer("a", Channel.SMS, 0, 0, NotificationStatus.PENDING)).isTrue();
		await().atMost(Duration.ofSeconds(5)).until(() -> sends.get() == 1);

		assertThat(queue.offer("a", Channel.SMS, 0, 0, NotificationStatus.PENDING)).isFalse();
		release.countDown();
		await().atMost(Duration.ofSeconds(5)).until(() -> queue.freeCapacity() == 100);
		assertThat(sends).hasValue(1);
	}

	private SendQueue start(DispatchProperties properties, MessageWork work) {
		SendQueue queue = new SendQueue(properties);
		this.dispatcher = new Dispatcher(queue, work, properties);
		this.dispatcher.start();
		return queue;
	}

	private static DispatchProperties properties(int concurrency, int smsPerSecond) {
		return new DispatchProperties(concurrency, smsPerSecond, Duration.ofSeconds(1), Duration.ofMinutes(2), 100,
				new Retry(5, Duration.ofSeconds(1), 2.0, Duration.ofMinutes(1), 0.5));
	}

}
