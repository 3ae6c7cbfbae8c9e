package com.spautopia.promotion.loyalty;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.spautopia.events.Channel;
import com.spautopia.events.ClientSnapshot;
import com.spautopia.events.Money;
import com.spautopia.events.booking.AppointmentCompleted;
import com.spautopia.events.promotion.OfferIssued;
import com.spautopia.events.promotion.PromotionEvaluated;
import com.spautopia.events.promotion.PromotionEvaluated.CodeRefusal.Reason;
import com.spautopia.promotion.client.ClientView;
import com.spautopia.promotion.client.ClientViews;
import com.spautopia.promotion.client.ConsentChanges;
import com.spautopia.promotion.definition.PromotionService;
import com.spautopia.promotion.fixtures.ClientMother;
import com.spautopia.promotion.fixtures.IntegrationTestSupport;
import com.spautopia.promotion.offer.Offers;
import com.spautopia.testsupport.time.WallClock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

import static com.spautopia.promotion.fixtures.AppointmentMother.appointment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The test configuration rewards every third completed visit.
 */
class LoyaltyIntegrationTests extends IntegrationTestSupport {

	private static final Money PAID = Money.of("260.00", "PLN");

	@Autowired
	private ClientViews clients;

	@Autowired
	private Offers offers;

	@Autowired
	private LoyaltyProperties settings;

	@Autowired
	private PromotionService promotionService;

	@Autowired
	private ConsentChanges consents;

	@Autowired
	private Clock clock;

	@Test
	void rewardsEveryThirdVisitOnceWithACodeOfTheClientsOwn() {
		ClientSnapshot client = ClientMother.consenting("client-" + UUID.randomUUID());
		List<AppointmentCompleted> visits = List.of(visit(client, "2030-01-08"), visit(client, "2030-02-05"),
				visit(client, "2030-03-05"), visit(client, "2030-04-02"));

		this.events.send(visits.get(0), visits.get(1), visits.get(2), visits.get(2), visits.get(3));
		await().atMost(TIMEOUT).until(() -> visits(client) == 4);
		OfferIssued reward = await().atMost(TIMEOUT).until(() -> rewardsOf(client), (found) -> !found.isEmpty()).get(0);

		assertThat(reward.campaignId()).isNull();
		assertThat(reward.offerId()).isEqualTo("loyalty:" + client.clientId() + ":3");
		assertThat(reward.promotionId()).isEqualTo("loyalty-reward");
		assertThat(reward.channels()).containsExactlyInAnyOrder(Channel.SMS, Channel.EMAIL);
		assertThat(reward.promoCode()).startsWith("SPA-");
		assertThat(reward.message()).contains("3 visits");

		// rewards last 60 days from now, so these bookings are made now
		PromotionEvaluated redeemed = price(
				appointment(client).requestedAt(WallClock.now()).code(reward.promoCode().toLowerCase()).requested());
		PromotionEvaluated again = price(
				appointment(client).requestedAt(WallClock.now()).code(reward.promoCode()).requested());
		PromotionEvaluated someoneElse = price(
				appointment(ClientMother.consenting("client-" + UUID.randomUUID())).requestedAt(WallClock.now())
					.code(reward.promoCode())
					.requested());

		assertThat(redeemed.finalPrice()).isEqualTo(Money.of("208.00", "PLN"));
		assertThat(again.codeRefusal().reason()).isEqualTo(Reason.LIMIT_REACHED);
		assertThat(someoneElse.codeRefusal().reason()).isEqualTo(Reason.NOT_APPLICABLE);
		assertThat(rewardsOf(client)).hasSize(1);
	}

	@Test
	void rewardsClientsWithoutMarketingConsentToo() {
		ClientSnapshot client = ClientMother.withoutMarketingConsent("client-" + UUID.randomUUID());

		this.events.send(visit(client, "2030-01-08"), visit(client, "2030-02-05"), visit(client, "2030-03-05"));
		OfferIssued reward = await().atMost(TIMEOUT).until(() -> rewardsOf(client), (found) -> !found.isEmpty()).get(0);

		assertThat(reward.offerId()).isEqualTo("loyalty:" + client.clientId() + ":3");
		assertThat(reward.channels()).containsExactlyInAnyOrder(Channel.SMS, Channel.EMAIL);
	}

	@Test
	void appliesAnEarnedRewardToTheNextBookingWithoutItsCode() {
		ClientSnapshot client = ClientMother.withoutMarketingConsent("client-" + UUID.randomUUID());
		this.events.send(visit(client, "2030-01-08"), visit(client, "2030-02-05"), visit(client, "2030-03-05"));
		await().atMost(TIMEOUT).until(() -> this.offers.findById("loyalty:" + client.clientId() + ":3").isPresent());

		// rewards last 60 days from now, so these bookings are made now
		PromotionEvaluated next = price(appointment(client).requestedAt(WallClock.now()).requested());
		PromotionEvaluated another = price(appointment(client).requestedAt(WallClock.now()).requested());

		assertThat(next.appliedPromotions()).extracting((applied) -> applied.promotionId())
			.containsExactly(LoyaltyRewards.PROMOTION_ID);
		assertThat(next.finalPrice()).isEqualTo(Money.of("208.00", "PLN"));
		assertThat(another.appliedPromotions()).isEmpty();
	}

	@Test
	void takesItsTermsAndMessageFromTheSettingsEvenOnceTheRewardExists() {
		LoyaltyProperties settings = new LoyaltyProperties(true, this.settings.everyNthVisit(), new BigDecimal("35"),
				this.settings.validFor(), this.settings.channels(), this.settings.message());
		LoyaltyRewards changed = new LoyaltyRewards(settings, this.promotionService, this.consents, this.offers,
				this.clock);
		try {
			changed.run(new DefaultApplicationArguments());
			assertThat(this.api.get("/api/promotions/" + LoyaltyRewards.PROMOTION_ID)).bodyJson()
				.extractingPath("$.discount.percent")
				.isEqualTo(35);

			ClientSnapshot client = ClientMother.consenting("client-" + UUID.randomUUID());
			ClientView afterThirdVisit = new ClientView(client.clientId(), client.name(), client.phone(),
					client.email(), client.consents(), client.tags(), 3, 0, null, Set.of("deep-tissue"),
					List.of("bkg-1", "bkg-2", "bkg-3"), List.of(), null);
			changed.onCompletedVisit(afterThirdVisit, "bkg-3");

			assertThat(this.offers.findById("loyalty:" + client.clientId() + ":3")).get()
				.satisfies((offer) -> assertThat(offer.message()).contains("35%").doesNotContain("20%"));
		}
		finally {
			new LoyaltyRewards(this.settings, this.promotionService, this.consents, this.offers, this.clock)
				.run(new DefaultApplicationArguments());
		}
	}

	private int visits(ClientSnapshot client) {
		return this.clients.findById(client.clientId()).map(ClientView::visits).orElse(0);
	}

	private List<OfferIssued> rewardsOf(ClientSnapshot client) {
		return this.promotionEvents.events(OfferIssued.class)
			.stream()
			.filter((offer) -> offer.client().clientId().equals(client.clientId()))
			.toList();
	}

	private static AppointmentCompleted visit(ClientSnapshot client, String day) {
		return appointment(client).startingAt(day + "T10:00:00+01:00").completed(PAID);
	}

}
