package com.spautopia.events.booking;

import java.time.Instant;

import com.spautopia.events.ClientSnapshot;
import com.spautopia.events.SpaEvent;

/**
 * Freed time is offered to one waiting client, and held for them alone until the offer
 * expires. Notification-service messages the client with the claim link.
 *
 * @param offerId the offer's id
 * @param bookingId the booking whose freed time is offered (the offer's chain is filed
 * under it)
 * @param waitlistEntryId the waiting client's entry
 * @param offered the appointment offered: treatment, therapist, start, end, room, list
 * price
 * @param client the waiting client
 * @param claimUrl the one-tap link that books the offered time (it carries the offer's
 * token), sealed with {@link com.spautopia.events.SealedLinks} for the offer's id
 * @param expiresAt when the hold ends and the next waiting client is offered the time
 * @param offeredAt when the offer was made
 */
public record WaitlistOfferMade(String offerId, String bookingId, String waitlistEntryId, AppointmentDetails offered,
		ClientSnapshot client, String claimUrl, Instant expiresAt, Instant offeredAt) implements SpaEvent {

	@Override
	public String aggregateId() {
		return this.bookingId;
	}

}
