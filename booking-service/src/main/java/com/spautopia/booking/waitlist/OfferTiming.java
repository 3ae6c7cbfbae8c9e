package com.spautopia.booking.waitlist;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * When freed time may be offered to a waiting client, and until when it is held for them.
 * No offer goes out in quiet hours (in the spa's zone, as notification-service keeps
 * them): it waits for their end. An offer is made only if, from then, the client has the
 * whole hold and the spa its minimum notice before the start.
 *
 * @param hold how long the time is held for the client offered it
 * @param minimumNotice how long before its start an appointment can still be booked
 * @param quietStart when quiet hours begin
 * @param quietEnd when they end (the next day when before the start)
 */
record OfferTiming(Duration hold, Duration minimumNotice, LocalTime quietStart, LocalTime quietEnd) {

	/**
	 * When to offer time that starts at a moment.
	 * @param start the freed time's start
	 * @param now now
	 * @param zone the spa's time zone
	 * @return now, or the end of the quiet hours now falls in; empty when the time is too
	 * close to its start to be offered by then
	 */
	Optional<Instant> offerAt(Instant start, Instant now, ZoneId zone) {
		Instant moment = quietUntil(now, zone).orElse(now);
		return moment.plus(this.hold).plus(this.minimumNotice).isAfter(start) ? Optional.empty() : Optional.of(moment);
	}

	/**
	 * Until when time offered at a moment is held.
	 * @param offeredAt when it is offered
	 * @return the end of the hold
	 */
	Instant expiresAt(Instant offeredAt) {
		return offeredAt.plus(this.hold);
	}

	private Optional<Instant> quietUntil(Instant now, ZoneId zone) {
		ZonedDateTime local = now.atZone(zone);
		LocalTime time = local.toLocalTime();
		if (!isQuiet(time)) {
			return Optional.empty();
		}
		boolean endsTomorrow = this.quietStart.isAfter(this.quietEnd) && !time.isBefore(this.quietStart);
		return Optional
			.of(local.toLocalDate().plusDays(endsTomorrow ? 1 : 0).atTime(this.quietEnd).atZone(zone).toInstant());
	}

	private boolean isQuiet(LocalTime time) {
		if (this.quietStart.equals(this.quietEnd)) {
			return false;
		}
		if (this.quietStart.isBefore(this.quietEnd)) {
			return !time.isBefore(this.quietStart) && time.isBefore(this.quietEnd);
		}
		return !time.isBefore(this.quietStart) || time.isBefore(this.quietEnd);
	}

}
