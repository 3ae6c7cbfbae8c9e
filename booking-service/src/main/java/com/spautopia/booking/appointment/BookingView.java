package com.spautopia.booking.appointment;

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
 * @param therapistId the therapist (the first of two for a couples treatment)
 * @param therapistName the therapist's name
 * @param secondTherapistId the second therapist of a couples treatment
 * @param secondTherapistName the second therapist's name
 * @param roomId the room; none for a booking made before the spa knew its rooms
 * @param roomName the room's name
 * @param start the start, with the spa's offset
 * @param end the end, with the spa's offset
 * @param timeZone the spa's time zone
 * @param listPrice the list price
 * @param pricing the final price once confirmed
 * @param promoCode the promo code the client entered (a move is priced with it)
 * @param clientId the client's id, for {@code /api/clients/{id}}
 * @param clientName the client's name
 * @param requestedAt when it was booked
 * @param confirmedAt when it was confirmed
 * @param clientConfirmedAt when the client replied to say they will come
 * @param cancellation why and when it was cancelled
 * @param movedLate whether it was moved inside the late-cancel window (a cancellation
 * after that is late too)
 * @param lateEvaluation promotion-service's evaluation when it arrived after the booking
 * was confirmed at list price, and whether the client got its price
 * @param manageToken the secret that lets the client manage the booking; only in the
 * answer to the booking request
 * @param manageUrl the link where the client manages it; only in the answer to the
 * booking request
 * @param language the language of the client's messages, if they chose one
 */
record BookingView(String id, BookingStatus status, String treatmentId, String treatmentName, String therapistId,
		String therapistName, @Nullable String secondTherapistId, @Nullable String secondTherapistName,
		@Nullable String roomId, @Nullable String roomName, OffsetDateTime start, OffsetDateTime end, String timeZone,
		Money listPrice, @Nullable Pricing pricing, @Nullable String promoCode, String clientId, String clientName,
		Instant requestedAt, @Nullable Instant confirmedAt, @Nullable Instant clientConfirmedAt,
		@Nullable CancellationView cancellation, boolean movedLate, @Nullable LateEvaluation lateEvaluation,
		@Nullable String manageToken, @Nullable String manageUrl, @Nullable String language) {

	static BookingView of(Booking booking) {
		return of(booking, null, null);
	}

	static BookingView of(Booking booking, @Nullable String manageToken, @Nullable String manageUrl) {
		AppointmentDetails appointment = booking.appointment();
		BookedTime time = booking.time();
		Cancellation cancellation = booking.cancellation();
		return new BookingView(booking.id(), booking.status(), appointment.treatmentId(), appointment.treatmentName(),
				appointment.therapistId(), appointment.therapistName(), time.secondTherapistId(),
				time.secondTherapistName(), time.roomId(), time.roomName(), appointment.start(), appointment.end(),
				appointment.timeZone(), appointment.listPrice(), booking.pricing(), booking.promoCode(),
				booking.client().clientId(), booking.client().name(), booking.requestedAt(), booking.confirmedAt(),
				booking.clientConfirmedAt(),
				(cancellation != null) ? new CancellationView(cancellation.by().name(), cancellation.reason(),
						cancellation.late(), cancellation.at()) : null,
				booking.movedLate(), booking.lateEvaluation(), manageToken, manageUrl, booking.client().language());
	}

	/**
	 * A cancellation as the API shows it.
	 *
	 * @param by who cancelled: CLIENT, STAFF or SYSTEM
	 * @param reason the reason given
	 * @param late whether it was inside the late-cancel window
	 * @param at when
	 */
	record CancellationView(String by, @Nullable String reason, boolean late, Instant at) {
	}

}
