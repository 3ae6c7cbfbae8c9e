package com.spautopia.promotion.pricing;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import com.spautopia.events.ClientSnapshot;
import com.spautopia.events.Money;
import com.spautopia.events.promotion.PromotionEvaluated;
import com.spautopia.promotion.client.ClientView;
import com.spautopia.promotion.fixtures.ClientMother;
import com.spautopia.promotion.fixtures.IntegrationTestSupport;
import com.spautopia.promotion.fixtures.MarketingApi;
import com.spautopia.promotion.fixtures.PromotionJson;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static com.spautopia.promotion.fixtures.AppointmentMother.appointment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class QuoteIntegrationTests extends IntegrationTestSupport {

	private static final String START = "2030-05-07T11:00:00+02:00";

	@Autowired
	private MongoOperations mongo;

	@Test
	void quotesWhatBookingThenAppliesWithoutReservingAnything() {
		String segment = "regulars-" + UUID.randomUUID();
		String code = "QUOTE-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		String codeId = this.api.activePromotion(PromotionJson.code(code).percent(12.5).stackable().totalLimit(1));
		String regularsId = this.api
			.activePromotion(PromotionJson.automatic("Regulars").fixed(15).stackable().tags(segment));
		ClientSnapshot client = ClientMother.consenting("client-" + UUID.randomUUID(), segment);
		this.events
			.send(appointment(client).startingAt("2029-01-09T11:00:00+01:00").completed(Money.of("260.00", "PLN")));
		await().atMost(TIMEOUT).until(() -> this.mongo.findById(client.clientId(), ClientView.class) != null);

		MvcTestResult first = quote(code);
		MvcTestResult second = quote(code);
		PromotionEvaluated booked = price(appointment(client).startingAt(START).code(code).requested());

		assertThat(first).hasStatusOk();
		assertThat(MarketingApi.body(second)).isEqualTo(MarketingApi.body(first));
		assertThat(MarketingApi.<List<String>>read(first, "$.appliedPromotions[*].promotionId"))
			.containsExactly(codeId);
		assertThat(MarketingApi.<List<String>>read(first, "$.mayApply[*].promotionId")).contains(regularsId);
		assertThat(new BigDecimal(MarketingApi.<Object>read(first, "$.finalPrice.amount").toString()))
			.isEqualByComparingTo("227.50");
		assertThat(booked.finalPrice()).isEqualTo(Money.of("212.50", "PLN"));
		assertThat(booked.appliedPromotions()).extracting((applied) -> applied.promotionId())
			.containsExactlyInAnyOrder(codeId, regularsId);
	}

	@Test
	void saysNothingAboutAClientsHistory() {
		String segment = "vip-" + UUID.randomUUID();
		String firstVisitId = this.api.activePromotion(
				PromotionJson.automatic("Welcome").percent(30).condition("firstVisitOnly", true).tags(segment));
		String vipId = this.api.activePromotion(
				PromotionJson.automatic("VIP").fixed(40).stackable().tags(segment).condition("minimumVisits", 1));
		ClientSnapshot regular = ClientMother.consenting("client-" + UUID.randomUUID(), segment);
		ClientSnapshot stranger = ClientMother.consenting("client-" + UUID.randomUUID());
		this.events
			.send(appointment(regular).startingAt("2029-01-09T11:00:00+01:00").completed(Money.of("260.00", "PLN")));
		await().atMost(TIMEOUT).until(() -> this.mongo.findById(regular.clientId(), ClientView.class) != null);
		String path = "/api/promotions/quote?treatmentId=deep-tissue&start={start}";

		MvcTestResult anonymous = this.api.get(path, START);
		MvcTestResult asRegular = this.api.get(path + "&phone={phone}", START, regular.phone());
		MvcTestResult asStranger = this.api.get(path + "&phone={phone}", START, stranger.phone());

		assertThat(asRegular).hasStatusOk();
		assertThat(MarketingApi.body(asRegular)).isEqualTo(MarketingApi.body(anonymous))
			.isEqualTo(MarketingApi.body(asStranger));
		assertThat(MarketingApi.<List<String>>read(anonymous, "$.appliedPromotions[*].promotionId"))
			.doesNotContain(firstVisitId, vipId);
		assertThat(MarketingApi.<List<String>>read(anonymous, "$.mayApply[*].promotionId")).contains(firstVisitId,
				vipId);
	}

	@Test
	void rejectsUnknownTreatmentAndMissingStart() {
		assertThat(this.api.get("/api/promotions/quote?treatmentId=hot-stones&start={start}", START)).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("treatmentId");
		assertThat(this.api.get("/api/promotions/quote?treatmentId=deep-tissue")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("start");
	}

	private MvcTestResult quote(String code) {
		return this.api.get("/api/promotions/quote?treatmentId=deep-tissue&start={start}&code={code}", START, code);
	}

}
