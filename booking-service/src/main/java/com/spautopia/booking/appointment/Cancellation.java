package com.spautopia.booking.appointment;

import java.time.Instant;

import com.spautopia.events.booking.AppointmentCancelled.CancelledBy;
import org.jspecify.annotations.Nullable;

/**
 * Why and when a booking was cancelled.
 *
 * @param by who cancelled it
 * @param reason the reason given
 * @param late whether it was inside the late-cancel window
 * @param at when
 */
record Cancellation(CancelledBy by, @Nullable String reason, boolean late, Instant at) {

	/**
	 * The cancellation without the reason given, which is free text and may be personal.
	 * @return the cancellation
	 */
	Cancellation withoutReason() {
		return (this.reason != null) ? new Cancellation(this.by, null, this.late, this.at) : this;
	}

}
