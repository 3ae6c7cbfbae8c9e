package com.spautopia.notification.appointment;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import com.spautopia.notification.content.AppointmentFormat;

/**
 * The template variables every appointment message shares.
 */
public final class AppointmentVariables {

	private AppointmentVariables() {
	}

	/**
	 * The variables of an appointment in English; see
	 * {@link #of(String, Appointment, Locale)}.
	 * @param spaName the spa's name
	 * @param appointment the appointment
	 * @return a mutable map, for callers to add their own
	 */
	public static Map<String, Object> of(String spaName, Appointment appointment) {
		return of(spaName, appointment, Locale.ENGLISH);
	}

	/**
	 * The variables of an appointment: {@code spaName}, {@code firstName},
	 * {@code treatment}, {@code therapist}, {@code start} (local, in the language),
	 * {@code price}, {@code manageUrl}, {@code smsManageUrl} (the short link if known)
	 * and {@code bookingId}.
	 * @param spaName the spa's name
	 * @param appointment the appointment
	 * @param locale the language of the message
	 * @return a mutable map, for callers to add their own
	 */
	public static Map<String, Object> of(String spaName, Appointment appointment, Locale locale) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("spaName", spaName);
		variables.put("firstName", AppointmentFormat.firstName(appointment.clientName()));
		variables.put("treatment", appointment.treatment());
		variables.put("therapist", appointment.therapist());
		variables.put("start", appointment.localStart(locale));
		variables.put("price", appointment.price());
		variables.put("manageUrl", appointment.manageUrl());
		variables.put("smsManageUrl", appointment.smsManageUrl());
		variables.put("bookingId", appointment.bookingId());
		// a client who confirmed by SMS is not asked to confirm again
		variables.put("confirmed", appointment.clientConfirmedAt() != null);
		return variables;
	}

}
