package com.spautopia.events.booking;

import java.time.Instant;
import java.time.OffsetDateTime;

import com.spautopia.events.ClientSnapshot;
import com.spautopia.events.SpaEvent;
import org.jspecify.annotations.Nullable;

/**
 * A confirmed appointment moved to another time (and possibly another therapist).
 *
 * @param bookingId the booking's id
 * @param appointment the appointment at its new time
 * @param previousStart the start it had before
 * @param client the client
 * @param manageUrl the link where the client manages the booking
 * @param shortManageUrl a short link that redirects to {@code manageUrl}, for SMS; absent
 * in events of producers older than the field
 * @param rescheduledAt when it was moved
 * @param promoCode the promo code the client booked with, if any: promotion-service
 * prices the move with it
 */
public record AppointmentRescheduled(String bookingId, AppointmentDetails appointment, OffsetDateTime previousStart,
		ClientSnapshot client, String manageUrl, @Nullable String shortManageUrl, Instant rescheduledAt,
		@Nullable String promoCode) implements SpaEvent {

	/**
	 * A move without a short link or promo code (as older producers published it).
	 * @param bookingId the booking's id
	 * @param appointment the appointment at its new time
	 * @param previousStart the start it had before
	 * @param client the client
	 * @param manageUrl the link where the client manages the booking
	 * @param rescheduledAt when it was moved
	 */
	public AppointmentRescheduled(String bookingId, AppointmentDetails appointment, OffsetDateTime previousStart,
			ClientSnapshot client, String manageUrl, Instant rescheduledAt) {
		this(bookingId, appointment, previousStart, client, manageUrl, null, rescheduledAt, null);
	}

	@Override
	public String aggregateId() {
		return this.bookingId;
	}

}
