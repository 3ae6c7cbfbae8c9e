package com.spautopia.notification;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import com.spautopia.events.ClientSnapshot;
import com.spautopia.events.ClientSnapshot.Consents;
import com.spautopia.events.SealedLinks;
import com.spautopia.events.booking.WaitlistOfferEnded;
import com.spautopia.events.booking.WaitlistOfferMade;
import org.jspecify.annotations.Nullable;

/**
 * Waitlist offers for tests: a freed deep tissue massage with Marta offered to Ewa, who
 * waits for one, held for her for 15 minutes, with a claim link sealed as booking-service
 * seals it.
 */
public final class WaitlistOfferMother {

	public static final Duration HOLD = Duration.ofMinutes(15);

	private WaitlistOfferMother() {
	}

	/**
	 * An offer made now of a time in two days.
	 * @param seal booking-service's seal
	 * @param now the time
	 * @param email the client's email, if any
	 * @return the offer
	 */
	public static WaitlistOfferMade offer(SealedLinks seal, Instant now, @Nullable String email) {
		return offer(seal, now, now.plus(HOLD), email);
	}

	public static WaitlistOfferMade offer(SealedLinks seal, Instant now, Instant expiresAt, @Nullable String email) {
		String offerId = "wo-" + UUID.randomUUID();
		ClientSnapshot client = new ClientSnapshot("cl-" + UUID.randomUUID(), "Ewa Lis",
				AppointmentConfirmedMother.uniquePhone(), email, new Consents(true, false, false), List.of());
		return new WaitlistOfferMade(offerId, "bk-" + UUID.randomUUID(), "wl-" + UUID.randomUUID(),
				AppointmentConfirmedMother
					.details(now.plus(Duration.ofDays(2)).atZone(ZoneId.of("Europe/Warsaw")).toOffsetDateTime()),
				client, seal.seal(claimUrl(offerId), offerId), expiresAt, now);
	}

	/**
	 * The claim link in the clear, as the client gets it.
	 * @param offerId the offer
	 * @return the link
	 */
	public static String claimUrl(String offerId) {
		return "https://spautopia.example/waitlist/offers/" + offerId + "#token=t0k3n";
	}

	public static WaitlistOfferEnded ended(WaitlistOfferMade offer, WaitlistOfferEnded.Outcome outcome,
			Instant endedAt) {
		return new WaitlistOfferEnded(offer.offerId(), offer.bookingId(), offer.waitlistEntryId(), outcome,
				(outcome == WaitlistOfferEnded.Outcome.CLAIMED) ? "bk-" + UUID.randomUUID() : null, endedAt);
	}

}
