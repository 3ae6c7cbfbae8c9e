package com.spautopia.promotion.campaign;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import com.spautopia.promotion.definition.Promotion;
import org.jspecify.annotations.Nullable;

/**
 * When a launched campaign stops on its own, where a resumed one goes, and when its
 * offers end.
 */
final class CampaignRules {

	private CampaignRules() {
	}

	/**
	 * A launched campaign runs while its promotion is active: a paused (or draft)
	 * promotion pauses it, an ended one cancels it.
	 * @param promotion the status of the campaign's promotion
	 * @return how the campaign stops, or empty when it runs on
	 */
	static Optional<Stop> stopFor(Promotion.Status promotion) {
		if (promotion == Promotion.Status.ENDED) {
			return Optional.of(new Stop(Campaign.Status.CANCELLED, Campaign.StopReason.PROMOTION_ENDED));
		}
		if (promotion != Promotion.Status.ACTIVE) {
			return Optional.of(new Stop(Campaign.Status.PAUSED, Campaign.StopReason.PROMOTION_PAUSED));
		}
		return Optional.empty();
	}

	/**
	 * A resumed campaign waits for its send time, or sends at once when it has passed.
	 * @param sendAt the campaign's send time, if any
	 * @param now the current time
	 * @return {@code SCHEDULED} or {@code SENDING}
	 */
	static Campaign.Status resumedStatus(@Nullable Instant sendAt, Instant now) {
		return (sendAt != null && sendAt.isAfter(now)) ? Campaign.Status.SCHEDULED : Campaign.Status.SENDING;
	}

	/**
	 * When a campaign's offers end: at the campaign's own end, else the promotion's, else
	 * after the default validity.
	 * @param campaign the campaign
	 * @param promotion its promotion
	 * @param now the current time
	 * @param defaultValidity how long offers last when neither says
	 * @return the offers' end
	 */
	static Instant offerValidUntil(Campaign campaign, Promotion promotion, Instant now, Duration defaultValidity) {
		if (campaign.offerValidUntil() != null) {
			return campaign.offerValidUntil();
		}
		return (promotion.validUntil() != null) ? promotion.validUntil() : now.plus(defaultValidity);
	}

	/**
	 * How a campaign stops.
	 *
	 * @param status {@code PAUSED} or {@code CANCELLED}
	 * @param reason why
	 */
	record Stop(Campaign.Status status, Campaign.StopReason reason) {
	}

}
