package com.spautopia.testsupport.twilio;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;

/**
 * The faults the simulator currently injects.
 */
final class FaultPlan {

	private volatile Duration latency = Duration.ZERO;

	private final AtomicInteger failuresLeft = new AtomicInteger();

	private volatile int failureStatus = 500;

	private final Map<String, Integer> rejectedNumbers = new ConcurrentHashMap<>();

	private final Map<String, DeliveryFailure> deliveryFailures = new ConcurrentHashMap<>();

	private volatile CountDownLatch answers = new CountDownLatch(0);

	void latency(Duration latency) {
		this.latency = latency;
	}

	void failNext(int count, int httpStatus) {
		this.failureStatus = httpStatus;
		this.failuresLeft.set(count);
	}

	void reject(String to, int code) {
		this.rejectedNumbers.put(to, code);
	}

	void failDelivery(String to, DeliveryFailure failure) {
		this.deliveryFailures.put(to, failure);
	}

	void holdAnswers() {
		if (this.answers.getCount() == 0) {
			this.answers = new CountDownLatch(1);
		}
	}

	void releaseAnswers() {
		this.answers.countDown();
	}

	/**
	 * Waits, after a message was accepted, until its answer may go.
	 */
	void awaitAnswerRelease() throws InterruptedException {
		this.answers.await();
	}

	void reset() {
		releaseAnswers();
		this.latency = Duration.ZERO;
		this.failuresLeft.set(0);
		this.rejectedNumbers.clear();
		this.deliveryFailures.clear();
	}

	void delay() throws InterruptedException {
		Duration current = this.latency;
		if (current.isPositive()) {
			Thread.sleep(current);
		}
	}

	@Nullable TwilioError takeInjectedFailure() {
		int before = this.failuresLeft.getAndUpdate((left) -> Math.max(0, left - 1));
		return (before > 0) ? TwilioError.forStatus(this.failureStatus) : null;
	}

	@Nullable TwilioError rejection(String to) {
		Integer code = this.rejectedNumbers.get(to);
		return (code != null) ? TwilioError.forCode(code, to) : null;
	}

	@Nullable DeliveryFailure deliveryFailure(String to) {
		return this.deliveryFailures.get(to);
	}

	/**
	 * A delivery that ends in {@code failed} or {@code undelivered}.
	 */
	record DeliveryFailure(String status, int errorCode) {

		DeliveryFailure {
			if (!status.equals("failed") && !status.equals("undelivered")) {
				throw new IllegalArgumentException("status must be failed or undelivered, not " + status);
			}
		}

	}

}
