package com.spautopia.promotion.campaign;

import java.math.BigDecimal;

import com.spautopia.events.Money;
import org.jspecify.annotations.Nullable;

/**
 * How a campaign did.
 *
 * @param campaignId the campaign
 * @param status its status
 * @param audience eligible clients found by the launch
 * @param offersIssued offers published
 * @param offersPending offers stored but not yet published
 * @param delivered offers that reached the client (from notification outcomes)
 * @param redeemed offers redeemed by a completed booking
 * @param revenue what redeeming clients paid
 * @param conversion redeemed per offer issued
 */
record CampaignStats(String campaignId, Campaign.Status status, long audience, long offersIssued, long offersPending,
		long delivered, long redeemed, @Nullable Money revenue, BigDecimal conversion) {
}
