package com.spautopia.promotion.definition;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Set;

import com.spautopia.events.Money;
import org.jspecify.annotations.Nullable;

/**
 * What promotion conditions look at in a booking.
 *
 * @param treatmentId the treatment
 * @param start the appointment's start in the spa's time zone
 * @param bookedAt when the booking was requested (or the quote asked)
 * @param listPrice the treatment's list price
 * @param clientId the client, if known
 * @param completedVisits the client's completed visits so far
 * @param clientTags the client's tags
 * @param fillsFreedSlot whether it books time another booking freed (a waitlist claim or
 * a booking of freed time), which last-minute promotions require
 */
public record BookingContext(String treatmentId, ZonedDateTime start, Instant bookedAt, Money listPrice,
		@Nullable String clientId, int completedVisits, Set<String> clientTags, boolean fillsFreedSlot) {

	public BookingContext {
		clientTags = Set.copyOf(clientTags);
	}

}
