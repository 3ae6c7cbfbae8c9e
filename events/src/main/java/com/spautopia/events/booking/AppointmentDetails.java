package com.spautopia.events.booking;

import java.time.OffsetDateTime;

import com.spautopia.events.Money;
import org.jspecify.annotations.Nullable;

/**
 * The appointment as a client sees it: what, with whom, when and where, in the spa's time
 * zone.
 *
 * @param treatmentId the treatment's id
 * @param treatmentName the treatment's display name
 * @param therapistId the therapist's id (for a couples treatment, the first of its two
 * therapists)
 * @param therapistName the therapist's display name
 * @param start the start, with the spa's offset on that day
 * @param end the end, with the spa's offset on that day
 * @param timeZone the spa's IANA time zone, such as {@code Europe/Warsaw}
 * @param listPrice the treatment's list price
 * @param room the room the appointment is given in; absent in events of producers older
 * than the field and for bookings made before the spa knew its rooms
 */
public record AppointmentDetails(String treatmentId, String treatmentName, String therapistId, String therapistName,
		OffsetDateTime start, OffsetDateTime end, String timeZone, Money listPrice, @Nullable Room room) {

	/**
	 * An appointment in no known room.
	 * @param treatmentId the treatment's id
	 * @param treatmentName the treatment's display name
	 * @param therapistId the therapist's id
	 * @param therapistName the therapist's display name
	 * @param start the start, with the spa's offset on that day
	 * @param end the end, with the spa's offset on that day
	 * @param timeZone the spa's IANA time zone
	 * @param listPrice the treatment's list price
	 */
	public AppointmentDetails(String treatmentId, String treatmentName, String therapistId, String therapistName,
			OffsetDateTime start, OffsetDateTime end, String timeZone, Money listPrice) {
		this(treatmentId, treatmentName, therapistId, therapistName, start, end, timeZone, listPrice, null);
	}

	/**
	 * A treatment room of the spa.
	 *
	 * @param id the room's id
	 * @param name the room's display name
	 */
	public record Room(String id, String name) {
	}

}
