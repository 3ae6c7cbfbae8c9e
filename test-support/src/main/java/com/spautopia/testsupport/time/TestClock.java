package com.spautopia.testsupport.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.jspecify.annotations.Nullable;

/**
 * A clock a test sets and moves. It runs on with real time from wherever it was set, so
 * that short real waits (retries, polling, leases) still pass while days can be skipped
 * at once; {@link #freeze()} stops it where it is for tests that compare exact instants.
 * It starts at the real time, running.
 */
public final class TestClock extends Clock {

	private final ZoneId zone;

	private volatile State state;

	/**
	 * A running clock at the real time, in UTC.
	 */
	public TestClock() {
		this(ZoneOffset.UTC);
	}

	/**
	 * A running clock at the real time.
	 * @param zone the zone it reports
	 */
	public TestClock(ZoneId zone) {
		this(zone, new State(Duration.ZERO, null));
	}

	private TestClock(ZoneId zone, State state) {
		this.zone = zone;
		this.state = state;
	}

	/**
	 * A running clock that reads {@code start} now.
	 * @param start the instant it reads now
	 * @param zone the zone it reports
	 * @return the clock
	 */
	public static TestClock startingAt(Instant start, ZoneId zone) {
		TestClock clock = new TestClock(zone);
		clock.setTo(start);
		return clock;
	}

	/**
	 * A clock that stands still at the real time until a test moves it.
	 * @param zone the zone it reports
	 * @return the clock
	 */
	public static TestClock frozen(ZoneId zone) {
		TestClock clock = new TestClock(zone);
		clock.freeze();
		return clock;
	}

	/**
	 * A clock that stands still at {@code at} until a test moves it.
	 * @param at the instant it reads
	 * @param zone the zone it reports
	 * @return the clock
	 */
	public static TestClock frozenAt(Instant at, ZoneId zone) {
		return new TestClock(zone, new State(Duration.ZERO, at));
	}

	/**
	 * Reads {@code now} at once; runs on from there unless frozen.
	 * @param now the new current instant
	 */
	public void setTo(Instant now) {
		State current = this.state;
		this.state = (current.frozenAt() != null) ? new State(Duration.ZERO, now)
				: new State(Duration.between(WallClock.now(), now), null);
	}

	/**
	 * Moves the clock forward (or back, with a negative duration).
	 * @param duration how far
	 */
	public void advance(Duration duration) {
		setTo(instant().plus(duration));
	}

	/**
	 * Stops the clock where it is: it reads the same instant until set, moved or resumed.
	 */
	public void freeze() {
		this.state = new State(Duration.ZERO, instant());
	}

	/**
	 * Lets a frozen clock run on from where it stands.
	 */
	public void resume() {
		Instant at = instant();
		this.state = new State(Duration.between(WallClock.now(), at), null);
	}

	/**
	 * Back to the real time; a frozen clock stays frozen there.
	 */
	public void reset() {
		this.state = (this.state.frozenAt() != null) ? new State(Duration.ZERO, WallClock.now())
				: new State(Duration.ZERO, null);
	}

	@Override
	public Instant instant() {
		State current = this.state;
		Instant frozenAt = current.frozenAt();
		return (frozenAt != null) ? frozenAt : WallClock.now().plus(current.offset());
	}

	@Override
	public ZoneId getZone() {
		return this.zone;
	}

	/**
	 * A view of this clock in another zone; setting either moves both.
	 */
	@Override
	public Clock withZone(ZoneId zone) {
		TestClock self = this;
		return new Clock() {

			@Override
			public Instant instant() {
				return self.instant();
			}

			@Override
			public ZoneId getZone() {
				return zone;
			}

			@Override
			public Clock withZone(ZoneId other) {
				return self.withZone(other);
			}

		};
	}

	/**
	 * How the clock reads: the real time plus an offset, or a frozen instant.
	 */
	private record State(Duration offset, @Nullable Instant frozenAt) {
	}

}
