package com.spautopia.booking.booking;

import java.time.Instant;
import java.time.OffsetDateTime;

import com.spautopia.events.Money;
import com.spautopia.events.booking.AppointmentDetails;
import com.spautopia.events.booking.Pricing;
import org.jspecify.annotations.Nullable;

/**
 * A booking as the API shows it; times in the spa's zone.
 *
 * @param id the booking's id
 * @param status where it is in its life
 * @param treatmentId the treatment
 * @param treatmentName the treatment's name
 * @param therapistId the therapist
 * @param therapistName the therapist's name
 * @param start the start, with the spa's offset
 * @param end the end, with the spa's offset
 * @param timeZone the spa's time zone
 * @param listPrice the list price
 * @param pricing the final price once confirmed
 * @param clientName the client's name
 * @param requestedAt when it was booked
 * @param confirmedAt when it was confirmed
 * @param manageToken the secret that lets the client manage the booking; only in the
 * answer to the booking request
 * @param manageUrl the link where the client manages it; only in the answer to the
 * booking request
 */
record BookingView(String id, BookingStatus status, String treatmentId, String treatmentName, String therapistId,
		String therapistName, OffsetDateTime start, OffsetDateTime end, String timeZone, Money listPrice,
		@Nullable Pricing pricing, String clientName, Instant requestedAt, @Nullable Instant confirmedAt,
		@Nullable String manageToken, @Nullable String manageUrl) {

	static BookingView of(Booking booking) {
		AppointmentDetails appointment = booking.appointment();
		return new BookingView(booking.id(), booking.status(), booking.treatmentId(), booking.treatmentName(),
				booking.therapistId(), booking.therapistName(), appointment.start(), appointment.end(),
				booking.timeZone(), booking.listPrice(), booking.pricing(), booking.client().name(),
				booking.requestedAt(), booking.confirmedAt(), null, null);
	}

	static BookingView withManageLink(Booking booking, String manageUrl) {
		BookingView view = of(booking);
		return new BookingView(view.id, view.status, view.treatmentId, view.treatmentName, view.therapistId,
				view.therapistName, view.start, view.end, view.timeZone, view.listPrice, view.pricing, view.clientName,
				view.requestedAt, view.confirmedAt, booking.manageToken(), manageUrl);
	}

}
