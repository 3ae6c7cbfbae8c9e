package com.spautopia.notification.content;

import java.time.DateTimeException;
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
		ZoneId zone = spaZone(appointment);
		ZonedDateTime start = appointment.start().atZoneSameInstant(zone);
		return START.format(start) + " (" + zone.getId() + ")";
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

	private static ZoneId spaZone(AppointmentDetails appointment) {
		try {
			return ZoneId.of(appointment.timeZone());
		}
		catch (DateTimeException ex) {
			return appointment.start().getOffset();
		}
	}

}
