package com.spautopia.booking.appointment;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import com.spautopia.booking.client.PhoneNumbers;
import com.spautopia.events.Money;
import com.spautopia.events.booking.AppointmentDetails;
import com.spautopia.events.booking.Pricing;
import com.spautopia.events.promotion.AppliedPromotion;
import org.jspecify.annotations.Nullable;

/**
 * A booking as the front desk lists it: the client's phone masked, times in the spa's
 * zone, the price the client pays with the promotions that made it.
 *
 * @param id the booking's id
 * @param status where it is in its life
 * @param clientId the client, for {@code /api/clients/{id}}
 * @param clientName the client's name as booked
 * @param clientPhone the client's phone number, masked
 * @param treatmentId the treatment
 * @param treatmentName its name
 * @param therapistId the therapist
 * @param therapistName the therapist's name
 * @param secondTherapistId the second therapist of a couples treatment
 * @param secondTherapistName the second therapist's name
 * @param roomId the room; none for a booking made before the spa knew its rooms
 * @param roomName the room's name
 * @param start the start, with the spa's offset
 * @param end the end, with the spa's offset
 * @param timeZone the spa's time zone
 * @param confirmedByClient whether the client replied to say they will come (C by SMS)
 * @param clientConfirmedAt when they did
 * @param listPrice the list price
 * @param price what the client pays: the final price once priced, else the list price
 * @param priced whether the price is final (the booking was priced)
 * @param promotions the promotions applied
 * @param promoCode the promo code the client gave
 * @param bookedByStaff the member of staff who booked for the client, if staff did
 * @param requestedAt when it was booked
 * @param cancelledBy who cancelled it (CLIENT, STAFF or SYSTEM), if it was
 */
record StaffBookingView(String id, BookingStatus status, String clientId, String clientName, String clientPhone,
		String treatmentId, String treatmentName, String therapistId, String therapistName,
		@Nullable String secondTherapistId, @Nullable String secondTherapistName, @Nullable String roomId,
		@Nullable String roomName, OffsetDateTime start, OffsetDateTime end, String timeZone, boolean confirmedByClient,
		@Nullable Instant clientConfirmedAt, Money listPrice, Money price, boolean priced,
		List<AppliedPromotion> promotions, @Nullable String promoCode, @Nullable String bookedByStaff,
		Instant requestedAt, @Nullable String cancelledBy) {

	static StaffBookingView of(Booking booking) {
		AppointmentDetails appointment = booking.appointment();
		Pricing pricing = booking.pricing();
		Cancellation cancellation = booking.cancellation();
		return new StaffBookingView(booking.id(), booking.status(), booking.client().clientId(),
				booking.client().name(), PhoneNumbers.mask(booking.client().phone()), appointment.treatmentId(),
				appointment.treatmentName(), appointment.therapistId(), appointment.therapistName(),
				booking.time().secondTherapistId(), booking.time().secondTherapistName(), booking.time().roomId(),
				booking.time().roomName(), appointment.start(), appointment.end(), appointment.timeZone(),
				booking.clientConfirmedAt() != null, booking.clientConfirmedAt(), appointment.listPrice(),
				(pricing != null) ? pricing.finalPrice() : appointment.listPrice(), pricing != null,
				(pricing != null) ? pricing.appliedPromotions() : List.of(), booking.promoCode(),
				booking.bookedByStaff(), booking.requestedAt(),
				(cancellation != null) ? cancellation.by().name() : null);
	}

}
