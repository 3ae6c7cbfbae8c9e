package com.spautopia.notification;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.spautopia.events.Channel;
import com.spautopia.events.ClientSnapshot;
import com.spautopia.events.ClientSnapshot.Consents;
import com.spautopia.events.promotion.OfferIssued;

/**
 * Offers for tests: 20% off for Anna, by SMS and email, valid for a week; a campaign's
 * offer, or a loyalty reward (no campaign) she earned.
 */
public final class OfferMother {

	private OfferMother() {
	}

	public static OfferIssued offer(Instant now, boolean marketingSms, boolean marketingEmail) {
		return offer(AppointmentConfirmedMother.uniquePhone(), now, marketingSms, marketingEmail);
	}

	public static OfferIssued offer(String phone, Instant now, boolean marketingSms, boolean marketingEmail) {
		ClientSnapshot client = new ClientSnapshot("cl-" + UUID.randomUUID(), "Anna Kowalska", phone,
				"anna." + UUID.randomUUID() + "@example.com", new Consents(true, marketingSms, marketingEmail),
				List.of("desk-worker"));
		return new OfferIssued("of-" + UUID.randomUUID(), "cmp-winter", "pr-winter", client,
				Set.of(Channel.SMS, Channel.EMAIL), "20% off every massage this week.", "RELAX20",
				now.plusSeconds(7 * 24 * 3600), now);
	}

	/**
	 * A loyalty reward (an offer without a campaign) for a client who accepts service SMS
	 * but gave no marketing consent.
	 * @param now the time
	 * @return the reward
	 */
	public static OfferIssued loyaltyRewardWithoutMarketingConsent(Instant now) {
		ClientSnapshot client = new ClientSnapshot("cl-" + UUID.randomUUID(), "Anna Kowalska",
				AppointmentConfirmedMother.uniquePhone(), "anna." + UUID.randomUUID() + "@example.com",
				new Consents(true, false, false), List.of());
		return new OfferIssued("loyalty:" + client.clientId() + ":5", null, "loyalty-reward", client,
				Set.of(Channel.SMS, Channel.EMAIL), "Thank you for 5 visits! Here is 20% off your next massage.",
				"SPA-7K2M9Q4XRT", now.plusSeconds(60 * 24 * 3600), now);
	}

}
