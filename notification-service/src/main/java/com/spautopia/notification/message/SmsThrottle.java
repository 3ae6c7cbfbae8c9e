package com.spautopia.notification.message;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Component;

/**
 * Slows this instance's whole SMS sending down when Twilio answers 429: no SMS is handed
 * over until its {@code Retry-After} has passed, rather than only the refused message
 * waiting while the others keep hitting the limit.
 */
@Component
class SmsThrottle {

	private final AtomicLong openAt = new AtomicLong(System.nanoTime());

	/**
	 * Pauses SMS sending for at least {@code pause} from now.
	 * @param pause how long Twilio asked to wait
	 */
	void slowDown(Duration pause) {
		long until = System.nanoTime() + pause.toNanos();
		this.openAt.accumulateAndGet(until, (current, proposed) -> (proposed - current > 0) ? proposed : current);
	}

	/**
	 * Whether an SMS may go now.
	 * @return {@code true} unless paused
	 */
	boolean isOpen() {
		return System.nanoTime() - this.openAt.get() >= 0;
	}

	/**
	 * Waits until an SMS may go.
	 * @throws InterruptedException if interrupted while waiting
	 */
	void awaitOpen() throws InterruptedException {
		long wait;
		while ((wait = this.openAt.get() - System.nanoTime()) > 0) {
			Thread.sleep(Duration.ofNanos(wait));
		}
	}

}
