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

	private volatile int errorPercent;

	private volatile int errorStatus = 500;

	private final AtomicInteger sharedRequests = new AtomicInteger();

	private volatile int retryAfterSeconds;

	private volatile boolean callbacksDisordered;

	/**
	 * Answers a share of the requests with an error until reset: of every 100 requests in
	 * a row, exactly {@code percent} fail, spread evenly (not at random, so a test can
	 * count them).
	 */
	void failShare(int percent, int httpStatus) {
		if (percent < 0 || percent > 100) {
			throw new IllegalArgumentException("percent must be 0 to 100, not " + percent);
		}
		this.errorStatus = httpStatus;
		this.sharedRequests.set(0);
		this.errorPercent = percent;
	}

	/**
	 * Answers every request with 429 and {@code Retry-After} until reset.
	 */
	void tooManyRequests(int retryAfterSeconds) {
		if (retryAfterSeconds < 1) {
			throw new IllegalArgumentException("Retry-After must be at least 1 s, not " + retryAfterSeconds);
		}
		this.retryAfterSeconds = retryAfterSeconds;
	}

	void disorderCallbacks(boolean disordered) {
		this.callbacksDisordered = disordered;
	}

	boolean callbacksDisordered() {
		return this.callbacksDisordered;
	}

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
		this.errorPercent = 0;
		this.retryAfterSeconds = 0;
		this.callbacksDisordered = false;
	}

	void delay() throws InterruptedException {
		Duration current = this.latency;
		if (current.isPositive()) {
			Thread.sleep(current);
		}
	}

	@Nullable TwilioError takeInjectedFailure() {
		if (this.retryAfterSeconds > 0) {
			return TwilioError.forStatus(429);
		}
		int before = this.failuresLeft.getAndUpdate((left) -> Math.max(0, left - 1));
		if (before > 0) {
			return TwilioError.forStatus(this.failureStatus);
		}
		int percent = this.errorPercent;
		if (percent > 0) {
			int n = this.sharedRequests.getAndIncrement() % 100;
			// request n fails when the running count of failures due steps up at it
			if ((n + 1) * percent / 100 > n * percent / 100) {
				return TwilioError.forStatus(this.errorStatus);
			}
		}
		return null;
	}

	/**
	 * The {@code Retry-After} a 429 names: the storm's, else one second.
	 */
	int retryAfterSeconds() {
		int storm = this.retryAfterSeconds;
		return (storm > 0) ? storm : 1;
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
