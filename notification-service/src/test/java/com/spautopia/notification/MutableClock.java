package com.spautopia.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock tests can move: it runs with real time from wherever a test set it, so that
 * short real waits (retries, polling) still pass while days can be skipped at once.
 */
public final class MutableClock extends Clock {

	private volatile Duration offset = Duration.ZERO;

	@Override
	public Instant instant() {
		return Instant.now().plus(this.offset);
	}

	/**
	 * Moves the clock so that it reads {@code now} at once and runs on from there.
	 * @param now the new current instant
	 */
	public void setTo(Instant now) {
		this.offset = Duration.between(Instant.now(), now);
	}

	/**
	 * Back to real time.
	 */
	public void reset() {
		this.offset = Duration.ZERO;
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		throw new UnsupportedOperationException("The test clock is always UTC");
	}

}
