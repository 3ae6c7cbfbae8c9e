package com.spautopia.notification.appointment;

/**
 * Where an appointment stands, as the booking events told.
 */
public enum AppointmentState {

	/** Confirmed (possibly rescheduled) and still to come. */
	ACTIVE,

	CANCELLED,

	COMPLETED,

	NO_SHOW

}
