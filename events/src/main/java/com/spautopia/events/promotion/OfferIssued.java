package com.spautopia.events.promotion;

import java.time.Instant;
import java.util.Set;

import com.spautopia.events.Channel;
import com.spautopia.events.ClientSnapshot;
import com.spautopia.events.SpaEvent;
import org.jspecify.annotations.Nullable;

/**
 * An offer for one client, issued by a campaign or a loyalty reward.
 *
 * @param offerId the offer's id, unique per client and campaign
 * @param campaignId the campaign, if a campaign issued it
 * @param promotionId the promotion the offer is for
 * @param client the client
 * @param channels the channels to send the offer through
 * @param message the offer's text
 * @param promoCode the code the client uses, if any
 * @param validUntil when the offer ends
 * @param issuedAt when the offer was issued
 */
public record OfferIssued(String offerId, @Nullable String campaignId, String promotionId, ClientSnapshot client,
		Set<Channel> channels, String message, @Nullable String promoCode, Instant validUntil,
		Instant issuedAt) implements SpaEvent {

	public OfferIssued {
		channels = Set.copyOf(channels);
	}

	@Override
	public String aggregateId() {
		return this.offerId;
	}

}
