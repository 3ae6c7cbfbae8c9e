package com.spautopia.notification;

import java.time.Instant;
import java.time.OffsetDateTime;

import com.spautopia.events.booking.AppointmentCancelled;
import com.spautopia.events.booking.AppointmentCancelled.CancelledBy;
import com.spautopia.events.booking.AppointmentCompleted;
import com.spautopia.events.booking.AppointmentConfirmed;
import com.spautopia.events.booking.AppointmentRescheduled;

/**
 * What happens next to a confirmed appointment, for tests.
 */
public final class BookingEventsMother {

	private BookingEventsMother() {
	}

	public static AppointmentRescheduled rescheduled(AppointmentConfirmed confirmed, OffsetDateTime newStart,
			Instant at) {
		return new AppointmentRescheduled(confirmed.bookingId(), AppointmentConfirmedMother.details(newStart),
				confirmed.appointment().start(), confirmed.client(), confirmed.manageUrl(), at);
	}

	public static AppointmentCancelled cancelled(AppointmentConfirmed confirmed, Instant at) {
		return new AppointmentCancelled(confirmed.bookingId(), confirmed.appointment(), confirmed.client(),
				CancelledBy.CLIENT, "feeling unwell", false, at);
	}

	/**
	 * The release of a booking the client did not confirm in time, as booking-service
	 * publishes it.
	 * @param confirmed the booking's confirmation
	 * @param at when it was released
	 * @return the event
	 */
	public static AppointmentCancelled released(AppointmentConfirmed confirmed, Instant at) {
		return new AppointmentCancelled(confirmed.bookingId(), confirmed.appointment(), confirmed.client(),
				CancelledBy.SYSTEM, AppointmentCancelled.RELEASED_UNCONFIRMED, false, at);
	}

	public static AppointmentCompleted completed(AppointmentConfirmed confirmed, Instant at) {
		return new AppointmentCompleted(confirmed.bookingId(), confirmed.appointment(), confirmed.client(),
				confirmed.pricing().finalPrice(), at);
	}

}
