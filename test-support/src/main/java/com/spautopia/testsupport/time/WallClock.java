package com.spautopia.testsupport.time;

import java.time.Clock;
import java.time.Instant;

/**
 * The real time, for the values of a test whose exact time does not change its outcome
 * (when an event says it happened, when a benchmark started). A test whose outcome
 * depends on the date or the time of day uses a {@link TestClock} or asks the
 * {@link SpaCalendar} for a suitable day instead.
 */
public final class WallClock {

	private static final Clock UTC = Clock.systemUTC();

	private WallClock() {
	}

	/**
	 * The real clock in UTC.
	 * @return the clock
	 */
	public static Clock clock() {
		return UTC;
	}

	/**
	 * The real instant.
	 * @return now
	 */
	public static Instant now() {
		return UTC.instant();
	}

}
