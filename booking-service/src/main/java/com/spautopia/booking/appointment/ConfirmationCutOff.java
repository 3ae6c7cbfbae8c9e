package com.spautopia.booking.appointment;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * When a booking the client has not confirmed is released: a confirmed booking (by the
 * spa) without the client's own confirmation (reply C, or the link), once the cut-off
 * before its start has come and until it starts.
 */
final class ConfirmationCutOff {

	private ConfirmationCutOff() {
	}

	/**
	 * Whether a booking is due for release.
	 * @param status the booking's status
	 * @param clientConfirmedAt when the client confirmed it, if they did
	 * @param start its start
	 * @param now now
	 * @param before how long before the start the cut-off is
	 * @return whether to release it now
	 */
	static boolean due(BookingStatus status, @Nullable Instant clientConfirmedAt, Instant start, Instant now,
			Duration before) {
		return status == BookingStatus.CONFIRMED && clientConfirmedAt == null && now.isBefore(start)
				&& !now.isBefore(start.minus(before));
	}

}
