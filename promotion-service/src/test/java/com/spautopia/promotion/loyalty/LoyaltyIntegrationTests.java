package com.spautopia.promotion.loyalty;

import java.util.List;
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
import com.spautopia.promotion.fixtures.ClientMother;
import com.spautopia.promotion.fixtures.IntegrationTestSupport;
import com.spautopia.promotion.offer.Offers;
import com.spautopia.testsupport.time.WallClock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

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
	void givesNoRewardWithoutMarketingConsent() {
		ClientSnapshot client = ClientMother.withoutMarketingConsent("client-" + UUID.randomUUID());

		this.events.send(visit(client, "2030-01-08"), visit(client, "2030-02-05"), visit(client, "2030-03-05"));
		await().atMost(TIMEOUT).until(() -> visits(client) == 3);
		// the reward is decided after the visit is counted: wait until the third visit
		// counted is handled in full
		String thirdVisit = this.clients.findById(client.clientId()).orElseThrow().completedBookingIds().get(2);
		awaitHandled(appointment(thirdVisit, client));

		assertThat(this.offers.findById("loyalty:" + client.clientId() + ":3")).isEmpty();
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
