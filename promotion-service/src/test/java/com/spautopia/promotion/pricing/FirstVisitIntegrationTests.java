package com.spautopia.promotion.pricing;

import java.util.UUID;

import com.spautopia.events.ClientSnapshot;
import com.spautopia.events.Money;
import com.spautopia.events.promotion.PromotionEvaluated;
import com.spautopia.promotion.fixtures.AppointmentMother;
import com.spautopia.promotion.fixtures.ClientMother;
import com.spautopia.promotion.fixtures.IntegrationTestSupport;
import com.spautopia.promotion.fixtures.PromotionJson;
import org.junit.jupiter.api.Test;

import static com.spautopia.promotion.fixtures.AppointmentMother.appointment;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A first-visit promotion prices one booking of a client who has not visited yet: the
 * first, while it is open; a cancelled one hands it on.
 */
class FirstVisitIntegrationTests extends IntegrationTestSupport {

	@Test
	void appliesToOneOpenBookingOfANewClientOnly() {
		String segment = "new-" + UUID.randomUUID();
		String promotionId = this.api.activePromotion(
				PromotionJson.automatic("Welcome").percent(50).condition("firstVisitOnly", true).tags(segment));
		ClientSnapshot client = ClientMother.consenting("client-" + UUID.randomUUID(), segment);
		AppointmentMother first = appointment(client);

		PromotionEvaluated firstPriced = price(first.requested());
		PromotionEvaluated secondPriced = price(
				appointment(client).startingAt("2030-05-14T11:00:00+02:00").requested());
		this.events.send(first.cancelled());
		awaitHandled(first);
		PromotionEvaluated thirdPriced = price(appointment(client).startingAt("2030-05-21T11:00:00+02:00").requested());

		assertThat(firstPriced.appliedPromotions()).extracting((applied) -> applied.promotionId())
			.containsExactly(promotionId);
		assertThat(secondPriced.appliedPromotions()).isEmpty();
		assertThat(secondPriced.finalPrice()).isEqualTo(AppointmentMother.LIST_PRICE);
		assertThat(thirdPriced.finalPrice()).isEqualTo(Money.of("130.00", "PLN"));
	}

}
