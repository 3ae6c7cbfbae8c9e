package com.spautopia.promotion.campaign;

import java.math.BigDecimal;
import java.util.List;

import com.spautopia.events.Money;
import org.jspecify.annotations.Nullable;

/**
 * How a campaign did.
 *
 * @param campaignId the campaign
 * @param status its status
 * @param audience eligible clients found by the launch (hold-out included)
 * @param offersIssued offers published
 * @param offersPending offers stored but not yet published
 * @param delivered offers that reached the client (from notification outcomes)
 * @param redeemed offers redeemed by a completed booking
 * @param revenue what redeeming clients paid
 * @param conversion redeemed per offer issued
 * @param variants each message variant's sample and conversion
 * @param holdOut the held-out clients' sample and visit rate, when the campaign holds
 * some out
 * @param incrementalVisitRate the visit rate of those who got an offer minus the
 * hold-out's: the campaign's incremental effect
 */
record CampaignStats(String campaignId, Campaign.Status status, long audience, long offersIssued, long offersPending,
		long delivered, long redeemed, @Nullable Money revenue, BigDecimal conversion, List<Group> variants,
		@Nullable Group holdOut, @Nullable BigDecimal incrementalVisitRate) {

	CampaignStats {
		variants = List.copyOf(variants);
	}

	/**
	 * One group of the audience: a variant, or the hold-out.
	 *
	 * @param name the variant's name, or {@code hold-out}
	 * @param clients the sample size
	 * @param redeemed of those, who redeemed the offer
	 * @param visited of those, who completed a booking while the offer ran
	 * @param conversion redeemed per client
	 * @param visitRate visited per client
	 */
	record Group(String name, long clients, long redeemed, long visited, BigDecimal conversion, BigDecimal visitRate) {
	}

}
