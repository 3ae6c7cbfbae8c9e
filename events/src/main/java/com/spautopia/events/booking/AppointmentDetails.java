package com.spautopia.events.booking;

import java.time.OffsetDateTime;

import com.spautopia.events.Money;

/**
 * The appointment as a client sees it: what, with whom and when, in the spa's time zone.
 *
 * @param treatmentId the treatment's id
 * @param treatmentName the treatment's display name
 * @param therapistId the therapist's id
 * @param therapistName the therapist's display name
 * @param start the start, with the spa's offset on that day
 * @param end the end, with the spa's offset on that day
 * @param timeZone the spa's IANA time zone, such as {@code Europe/Warsaw}
 * @param listPrice the treatment's list price
 */
public record AppointmentDetails(String treatmentId, String treatmentName, String therapistId, String therapistName,
		OffsetDateTime start, OffsetDateTime end, String timeZone, Money listPrice) {
}
