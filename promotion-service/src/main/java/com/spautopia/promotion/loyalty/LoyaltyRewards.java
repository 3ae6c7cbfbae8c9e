package com.spautopia.promotion.loyalty;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import com.spautopia.events.Channel;
import com.spautopia.promotion.client.ClientView;
import com.spautopia.promotion.client.ConsentChanges;
import com.spautopia.promotion.client.MarketingReach;
import com.spautopia.promotion.definition.Conditions;
import com.spautopia.promotion.definition.Discount;
import com.spautopia.promotion.definition.Limits;
import com.spautopia.promotion.definition.Promotion;
import com.spautopia.promotion.definition.PromotionService;
import com.spautopia.promotion.offer.Offer;
import com.spautopia.promotion.offer.Offers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

/**
 * Issues the loyalty reward after every Nth completed visit. The offer id names the
 * client and the visit number, so a redelivered completion issues nothing new; the relay
 * publishes it. A reward is earned, not marketing: every client gets it, through the
 * channels they accept offers on or, without marketing consent, those they accept service
 * messages on. The reward promotion takes its terms from the settings at every start.
 */
@Service
@EnableConfigurationProperties(LoyaltyProperties.class)
public class LoyaltyRewards implements ApplicationRunner {

	static final String PROMOTION_ID = "loyalty-reward";

	private static final Logger logger = LoggerFactory.getLogger(LoyaltyRewards.class);

	private final LoyaltyProperties properties;

	private final PromotionService promotions;

	private final ConsentChanges consents;

	private final Offers offers;

	private final Clock clock;

	LoyaltyRewards(LoyaltyProperties properties, PromotionService promotions, ConsentChanges consents, Offers offers,
			Clock clock) {
		this.properties = properties;
		this.promotions = promotions;
		this.consents = consents;
		this.offers = offers;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.properties.enabled()) {
			Instant now = this.clock.instant();
			this.promotions.ensure(new Promotion(PROMOTION_ID, "Loyalty reward",
					"Issued after every " + this.properties.everyNthVisit() + " completed visits", Promotion.Kind.CODE,
					null, true, new Discount(Discount.Type.PERCENT, this.properties.rewardPercent(), null),
					Conditions.none(), Instant.EPOCH, null, Limits.none(), Promotion.Stacking.EXCLUSIVE,
					Promotion.Status.ACTIVE, now, now, null));
		}
	}

	/**
	 * Rewards a completed visit when it is an Nth one.
	 * @param client the client after the visit was counted
	 * @param bookingId the completed booking
	 */
	public void onCompletedVisit(ClientView client, String bookingId) {
		int visit = client.visitNumber(bookingId);
		if (!this.properties.enabled() || visit == 0 || visit % this.properties.everyNthVisit() != 0) {
			return;
		}
		Set<Channel> optedOut = this.consents.optedOut(client.phone());
		Set<Channel> channels = MarketingReach.channels(client, this.properties.channels(), optedOut);
		if (channels.isEmpty()) {
			channels = MarketingReach.serviceChannels(client, this.properties.channels(), optedOut);
		}
		if (channels.isEmpty()) {
			logger.info("Client {} earned a loyalty reward at visit {} but cannot be reached on any channel",
					client.id(), visit);
			return;
		}
		Promotion reward = this.promotions.find(PROMOTION_ID);
		Instant now = this.clock.instant();
		String message = RewardMessage.render(this.properties.message(), visit, this.properties.rewardPercent());
		Offer offer = Offer.issue("loyalty:" + client.id() + ":" + visit, null, reward, client.snapshot(), channels,
				message, now.plus(this.properties.validFor()), now);
		if (this.offers.findById(offer.id()).isEmpty()) {
			this.offers.issue(List.of(offer));
			logger.info("Client {} earned a loyalty reward at visit {} (channels {})", client.id(), visit, channels);
		}
	}

}
