package com.spautopia.testsupport.time;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The spa's calendar as a test sees it: days that suit a test, whatever today is. A day
 * it offers is open (or closed, when asked), lies the asked number of days ahead or more,
 * and is ordinary: its clocks do not change (no DST transition in the spa's zone) and it
 * is neither the last nor the first day of a year.
 */
public final class SpaCalendar {

	/**
	 * The seeded spa's time zone.
	 */
	public static final ZoneId SPA_ZONE = ZoneId.of("Europe/Warsaw");

	/**
	 * The seeded spa's opening days.
	 */
	public static final Set<DayOfWeek> SPA_OPEN_DAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY);

	private static final int SEARCH_DAYS = 366;

	private final ZoneId zone;

	private final Set<DayOfWeek> openDays;

	private final Clock clock;

	private SpaCalendar(ZoneId zone, Set<DayOfWeek> openDays, Clock clock) {
		this.zone = zone;
		this.openDays = EnumSet.copyOf(openDays);
		this.clock = clock;
	}

	/**
	 * The calendar of a spa.
	 * @param zone its time zone
	 * @param openDays its opening days
	 * @param clock the clock that says which day is today
	 * @return the calendar
	 */
	public static SpaCalendar of(ZoneId zone, Set<DayOfWeek> openDays, Clock clock) {
		return new SpaCalendar(zone, openDays, clock);
	}

	/**
	 * The seeded spa's calendar, today being the day of the given clock.
	 * @param clock the clock (a service's or a test's)
	 * @return the calendar
	 */
	public static SpaCalendar seeded(Clock clock) {
		return of(SPA_ZONE, SPA_OPEN_DAYS, clock);
	}

	/**
	 * The seeded spa's calendar on the real clock.
	 * @return the calendar
	 */
	public static SpaCalendar seeded() {
		return seeded(WallClock.clock());
	}

	/**
	 * The spa's time zone.
	 * @return the zone
	 */
	public ZoneId zone() {
		return this.zone;
	}

	/**
	 * Today in the spa's zone.
	 * @return today
	 */
	public LocalDate today() {
		return LocalDate.now(this.clock.withZone(this.zone));
	}

	/**
	 * Whether the spa opens on a day.
	 * @param day the day
	 * @return true if it is one of the opening days
	 */
	public boolean isOpen(LocalDate day) {
		return this.openDays.contains(day.getDayOfWeek());
	}

	/**
	 * Whether a day is free of calendar surprises: the clocks do not change on it in the
	 * spa's zone and it is not 31 December or 1 January.
	 * @param day the day
	 * @return true if ordinary
	 */
	public boolean isOrdinary(LocalDate day) {
		boolean yearEnd = (day.getMonth() == Month.DECEMBER && day.getDayOfMonth() == 31)
				|| (day.getMonth() == Month.JANUARY && day.getDayOfMonth() == 1);
		return !yearEnd && !changesClocks(day);
	}

	/**
	 * The first ordinary open day at least {@code daysAhead} days from today, on one of
	 * the given weekdays if any are given.
	 * @param daysAhead how many days from today at least
	 * @param onlyOn the weekdays that suit, none for any open day
	 * @return the day
	 */
	public LocalDate nextOpenDay(int daysAhead, DayOfWeek... onlyOn) {
		Set<DayOfWeek> suitable = (onlyOn.length == 0) ? this.openDays : EnumSet.of(onlyOn[0], onlyOn);
		return next(daysAhead, (day) -> isOpen(day) && suitable.contains(day.getDayOfWeek()));
	}

	/**
	 * The first ordinary day at least {@code daysAhead} days from today on which the spa
	 * is closed.
	 * @param daysAhead how many days from today at least
	 * @return the day
	 */
	public LocalDate nextClosedDay(int daysAhead) {
		return next(daysAhead, (day) -> !isOpen(day));
	}

	/**
	 * The first ordinary day at least {@code daysAhead} days from today that suits.
	 * @param daysAhead how many days from today at least
	 * @param suits what the day must be
	 * @return the day
	 */
	public LocalDate next(int daysAhead, Predicate<LocalDate> suits) {
		LocalDate day = today().plusDays(daysAhead);
		for (int i = 0; i < SEARCH_DAYS; i++, day = day.plusDays(1)) {
			if (isOrdinary(day) && suits.test(day)) {
				return day;
			}
		}
		throw new IllegalStateException("No suitable day within a year after " + today().plusDays(daysAhead));
	}

	/**
	 * A time on a day, in the spa's zone.
	 * @param day the day
	 * @param time the local time
	 * @return the zoned time
	 */
	public ZonedDateTime at(LocalDate day, LocalTime time) {
		return day.atTime(time).atZone(this.zone);
	}

	private boolean changesClocks(LocalDate day) {
		ZonedDateTime start = day.atStartOfDay(this.zone);
		ZonedDateTime end = day.plusDays(1).atStartOfDay(this.zone);
		return !Duration.between(start, end).equals(Duration.ofHours(24)) || !this.zone.getRules()
			.getOffset(start.toInstant())
			.equals(this.zone.getRules().getOffset(end.toInstant()));
	}

}
