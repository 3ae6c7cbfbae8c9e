package com.spautopia.notification;

import com.spautopia.events.booking.AppointmentConfirmed;
import com.spautopia.events.booking.AppointmentDetails;
import com.spautopia.notification.appointment.Appointment;
import com.spautopia.notification.appointment.AppointmentState;

/**
 * Appointments as this service stores them, for tests that need no database.
 */
public final class AppointmentMother {

	private AppointmentMother() {
	}

	/**
	 * The appointment after a confirmation.
	 * @param event the confirmation
	 * @param calendarVersions how many calendar objects were sent so far (1 after the
	 * confirmation)
	 * @return the appointment
	 */
	public static Appointment of(AppointmentConfirmed event, int calendarVersions) {
		return of(event, event.appointment(), calendarVersions, AppointmentState.ACTIVE);
	}

	public static Appointment of(AppointmentConfirmed event, AppointmentDetails details, int calendarVersions,
			AppointmentState state) {
		return new Appointment(event.bookingId(), event.client().clientId(), event.client().name(),
				event.client().phone(), event.client().email(), event.client().consents().transactionalSms(),
				details.treatmentName(), details.therapistName(), details.start().toInstant(),
				details.end().toInstant(), details.timeZone(), event.manageUrl(),
				event.pricing().finalPrice().toString(), state, event.confirmedAt(), "event-1", calendarVersions, null,
				event.shortManageUrl(), event.client().language());
	}

}
