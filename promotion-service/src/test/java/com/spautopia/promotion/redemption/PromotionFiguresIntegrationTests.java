package com.spautopia.promotion.redemption;

import java.util.Map;
import java.util.UUID;

import com.spautopia.events.Money;
import com.spautopia.events.promotion.PromotionEvaluated;
import com.spautopia.promotion.fixtures.AppointmentMother;
import com.spautopia.promotion.fixtures.ClientMother;
import com.spautopia.promotion.fixtures.IntegrationTestSupport;
import com.spautopia.promotion.fixtures.MarketingApi;
import com.spautopia.promotion.fixtures.PromotionJson;
import org.junit.jupiter.api.Test;

import static com.spautopia.promotion.fixtures.AppointmentMother.appointment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class PromotionFiguresIntegrationTests extends IntegrationTestSupport {

	@Test
	void reportsRedemptionsOfTheLimitBudgetSpentDiscountGivenAndRevenue() {
		String code = "FIG-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		String promotionId = this.api
			.activePromotion(PromotionJson.code(code).percent(10).totalLimit(10).budget("1000.00"));
		AppointmentMother completed = appointment(ClientMother.consenting("client-" + UUID.randomUUID())).code(code);
		PromotionEvaluated paid = price(completed.requested());
		price(appointment(ClientMother.consenting("client-" + UUID.randomUUID())).code(code).requested());

		this.events.send(completed.completed(paid.finalPrice()));

		await().atMost(TIMEOUT).untilAsserted(() -> {
			Map<String, Object> figures = MarketingApi.read(this.api.get("/api/promotions/" + promotionId + "/figures"),
					"$");
			assertThat(figures).containsEntry("redemptions", 2)
				.containsEntry("open", 1)
				.containsEntry("completed", 1)
				.containsEntry("redemptionLimit", 10)
				.containsEntry("budgetSpent", Map.of("amount", 52.0, "currency", "PLN"))
				.containsEntry("budget", Map.of("amount", 1000.0, "currency", "PLN"))
				.containsEntry("discountGiven", Map.of("amount", 26.0, "currency", "PLN"))
				.containsEntry("revenue", Map.of("amount", 234.0, "currency", "PLN"));
		});
		assertThat(paid.finalPrice()).isEqualTo(Money.of("234.00", "PLN"));
	}

}
