package com.spautopia.events.booking;

import java.time.Instant;

import com.spautopia.events.ClientSnapshot;
import com.spautopia.events.SpaEvent;
import org.jspecify.annotations.Nullable;

/**
 * An appointment was cancelled.
 *
 * @param bookingId the booking's id
 * @param appointment the appointment that will not take place
 * @param client the client
 * @param cancelledBy who cancelled it
 * @param reason the reason given, if any
 * @param lateCancellation whether it was cancelled inside the late-cancel window
 * @param cancelledAt when it was cancelled
 */
public record AppointmentCancelled(String bookingId, AppointmentDetails appointment, ClientSnapshot client,
		CancelledBy cancelledBy, @Nullable String reason, boolean lateCancellation,
		Instant cancelledAt) implements SpaEvent {

	@Override
	public String aggregateId() {
		return this.bookingId;
	}

	/**
	 * Who cancelled an appointment.
	 */
	public enum CancelledBy {

		CLIENT, STAFF, SYSTEM

	}

}
