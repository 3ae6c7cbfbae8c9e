package com.spautopia.notification.appointment;

import java.util.Optional;

import com.spautopia.events.ClientSnapshot;
import com.spautopia.events.SpaEvent;
import com.spautopia.events.booking.AppointmentCancelled;
import com.spautopia.events.booking.AppointmentCompleted;
import com.spautopia.events.booking.AppointmentConfirmed;
import com.spautopia.events.booking.AppointmentDetails;
import com.spautopia.events.booking.AppointmentLanguageChanged;
import com.spautopia.events.booking.AppointmentNoShow;
import com.spautopia.events.booking.AppointmentRepriced;
import com.spautopia.events.booking.AppointmentRescheduled;
import org.jspecify.annotations.Nullable;

/**
 * What a booking event changes about an appointment.
 *
 * @param bookingId the booking
 * @param appointment the appointment as the event tells it
 * @param client the client as the event tells it
 * @param state the state it leaves the appointment in
 * @param manageUrl the manage link, if the event carries one
 * @param shortManageUrl the short manage link, if the event carries one
 * @param price the final price, if the event carries one
 * @param newCalendarVersion whether the client's calendar gets a new version of the event
 */
public record AppointmentChange(String bookingId, AppointmentDetails appointment, ClientSnapshot client,
		AppointmentState state, @Nullable String manageUrl, @Nullable String shortManageUrl, @Nullable String price,
		boolean newCalendarVersion) {

	/**
	 * The change a booking event makes.
	 * @param event the event
	 * @return the change, or empty for events that are not about a booked appointment
	 */
	public static Optional<AppointmentChange> of(SpaEvent event) {
		return Optional.ofNullable(switch (event) {
			case AppointmentConfirmed e ->
				new AppointmentChange(e.bookingId(), e.appointment(), e.client(), AppointmentState.ACTIVE,
						e.manageUrl(), e.shortManageUrl(), e.pricing().finalPrice().toString(), true);
			case AppointmentRescheduled e -> new AppointmentChange(e.bookingId(), e.appointment(), e.client(),
					AppointmentState.ACTIVE, e.manageUrl(), e.shortManageUrl(), null, true);
			// what later messages say: the price, the language; the time is the same
			case AppointmentRepriced e -> new AppointmentChange(e.bookingId(), e.appointment(), e.client(),
					AppointmentState.ACTIVE, null, null, e.pricing().finalPrice().toString(), false);
			case AppointmentLanguageChanged e -> new AppointmentChange(e.bookingId(), e.appointment(), e.client(),
					AppointmentState.ACTIVE, null, null, null, false);
			case AppointmentCancelled e -> new AppointmentChange(e.bookingId(), e.appointment(), e.client(),
					AppointmentState.CANCELLED, null, null, null, true);
			case AppointmentCompleted e -> new AppointmentChange(e.bookingId(), e.appointment(), e.client(),
					AppointmentState.COMPLETED, null, null, e.finalPrice().toString(), false);
			case AppointmentNoShow e -> new AppointmentChange(e.bookingId(), e.appointment(), e.client(),
					AppointmentState.NO_SHOW, null, null, null, false);
			default -> null;
		});
	}

}
