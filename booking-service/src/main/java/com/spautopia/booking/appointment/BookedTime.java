package com.spautopia.booking.appointment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import com.spautopia.events.Money;
import com.spautopia.events.booking.AppointmentDetails;

/**
 * What was booked, with whom and when.
 *
 * @param treatmentId the treatment
 * @param treatmentName the treatment's name when booked
 * @param therapistId the therapist
 * @param therapistName the therapist's name
 * @param start the start
 * @param end the end
 * @param timeZone the spa's time zone
 * @param listPrice the treatment's list price when booked
 */
record BookedTime(String treatmentId, String treatmentName, String therapistId, String therapistName, Instant start,
		Instant end, String timeZone, Money listPrice) {

	AppointmentDetails details() {
		ZoneId zone = ZoneId.of(this.timeZone);
		return new AppointmentDetails(this.treatmentId, this.treatmentName, this.therapistId, this.therapistName,
				this.start.atZone(zone).toOffsetDateTime(), this.end.atZone(zone).toOffsetDateTime(), this.timeZone,
				this.listPrice);
	}

	LocalDate localDate() {
		return this.start.atZone(ZoneId.of(this.timeZone)).toLocalDate();
	}

	BookedTime movedTo(String therapistId, String therapistName, Instant start, Instant end) {
		return new BookedTime(this.treatmentId, this.treatmentName, therapistId, therapistName, start, end,
				this.timeZone, this.listPrice);
	}

}
