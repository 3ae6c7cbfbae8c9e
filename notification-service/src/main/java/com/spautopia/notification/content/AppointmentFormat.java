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

	private static final DateTimeFormatter START = DateTimeFormatter.ofPattern("EEE d MMM uuuu, HH:mm", Locale.ENGLISH);

	private AppointmentFormat() {
	}

	/**
	 * The appointment's start in the spa's time zone, with the zone named, such as
	 * {@code Tue 1 Dec 2026, 10:00 (Europe/Warsaw)}.
	 * @param appointment the appointment
	 * @return the local start
	 */
	public static String localStart(AppointmentDetails appointment) {
		return localTime(appointment.start().toInstant(), spaZone(appointment));
	}

	/**
	 * An instant in a time zone, with the zone named, such as
	 * {@code Tue 1 Dec 2026, 10:00 (Europe/Warsaw)}.
	 * @param instant the instant
	 * @param zone the zone
	 * @return the local time
	 */
	public static String localTime(Instant instant, ZoneId zone) {
		ZonedDateTime local = instant.atZone(zone);
		return START.format(local) + " (" + zone.getId() + ")";
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
