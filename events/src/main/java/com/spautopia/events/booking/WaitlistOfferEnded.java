package com.spautopia.events.booking;

import java.time.Instant;

import com.spautopia.events.SpaEvent;
import org.jspecify.annotations.Nullable;

/**
 * An offer of freed time to a waiting client ended: claimed, expired, or withdrawn.
 *
 * @param offerId the offer's id
 * @param bookingId the booking whose freed time was offered
 * @param waitlistEntryId the waiting client's entry
 * @param outcome how the offer ended
 * @param claimedBookingId the booking the claim made; only when claimed
 * @param endedAt when it ended
 */
public record WaitlistOfferEnded(String offerId, String bookingId, String waitlistEntryId, Outcome outcome,
		@Nullable String claimedBookingId, Instant endedAt) implements SpaEvent {

	@Override
	public String aggregateId() {
		return this.bookingId;
	}

	/**
	 * How an offer ended.
	 */
	public enum Outcome {

		/** The client took it: the time is booked for them. */
		CLAIMED,

		/** The hold ran out before the client took it. */
		EXPIRED,

		/**
		 * The time could no longer be offered (booked meanwhile, closed, too close to its
		 * start) or the client left the waitlist.
		 */
		WITHDRAWN

	}

}
