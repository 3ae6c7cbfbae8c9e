package com.spautopia.notification.content;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.spautopia.events.booking.AppointmentDetails;

/**
 * How messages show an appointment's time and a client's name.
 */
public final class AppointmentFormat {

	private static final String START = "EEE d MMM uuuu, HH:mm";

	private AppointmentFormat() {
	}

	/**
	 * The appointment's start in the spa's time zone, such as
	 * {@code Tue 1 Dec 2026, 10:00}.
	 * @param appointment the appointment
	 * @return the local start
	 */
	public static String localStart(AppointmentDetails appointment) {
		return localTime(appointment.start().toInstant(), spaZone(appointment));
	}

	/**
	 * An instant in a time zone, in English, such as {@code Tue 1 Dec 2026, 10:00}.
	 * @param instant the instant
	 * @param zone the zone
	 * @return the local time
	 */
	public static String localTime(Instant instant, ZoneId zone) {
		return localTime(instant, zone, Locale.ENGLISH);
	}

	/**
	 * An instant in a time zone, in a language, such as {@code Tue 1 Dec 2026, 10:00} or
	 * {@code wt. 1 gru 2026, 10:00}. The zone is not named: it is the spa's, where the
	 * client comes (a raw zone id such as {@code Europe/Warsaw} tells a client nothing
	 * and costs SMS characters; the calendar invitation carries the exact time).
	 * @param instant the instant
	 * @param zone the zone
	 * @param locale the language
	 * @return the local time
	 */
	public static String localTime(Instant instant, ZoneId zone, Locale locale) {
		ZonedDateTime local = instant.atZone(zone);
		return DateTimeFormatter.ofPattern(START, locale).format(local);
	}

	/**
	 * The spa's zone of an appointment; its start's offset if the zone is unknown.
	 * @param appointment the appointment
	 * @return the zone
	 */
	public static ZoneId spaZone(AppointmentDetails appointment) {
		try {
			return ZoneId.of(appointment.timeZone());
		}
		catch (DateTimeException ex) {
			return appointment.start().getOffset();
		}
	}

	/**
	 * The name a message greets a client with.
	 * @param fullName the client's name
	 * @return the first word of the name
	 */
	public static String firstName(String fullName) {
		String trimmed = fullName.strip();
		int space = trimmed.indexOf(' ');
		return (space > 0) ? trimmed.substring(0, space) : trimmed;
	}

}
