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

	/**
	 * The reason of a booking booking-service released ({@link CancelledBy#SYSTEM})
	 * because the client did not confirm it by the confirmation cut-off.
	 */
	public static final String RELEASED_UNCONFIRMED = "Not confirmed in time";

	/**
	 * Whether booking-service released this booking because the client did not confirm it
	 * in time.
	 * @return true for a release
	 */
	public boolean releasedUnconfirmed() {
		return this.cancelledBy == CancelledBy.SYSTEM && RELEASED_UNCONFIRMED.equals(this.reason);
	}

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
