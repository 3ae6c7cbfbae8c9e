package com.spautopia.promotion.codes;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.spautopia.events.ClientSnapshot;
import com.spautopia.events.promotion.PromotionEvaluated;
import com.spautopia.events.promotion.PromotionEvaluated.CodeRefusal.Reason;
import com.spautopia.promotion.fixtures.ClientMother;
import com.spautopia.promotion.fixtures.IntegrationTestSupport;
import com.spautopia.promotion.fixtures.MarketingApi;
import com.spautopia.promotion.fixtures.PromotionJson;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static com.spautopia.promotion.fixtures.AppointmentMother.appointment;
import static org.assertj.core.api.Assertions.assertThat;

class BulkCodesIntegrationTests extends IntegrationTestSupport {

	@Test
	void generatesSingleUseCodesAnyoneMayRedeemOnceAndExportsThemAsCsv() {
		String promotionId = this.api.activePromotion(PromotionJson.uniqueCodes("Flyer " + shortId()).percent(20));

		MvcTestResult batch = this.api.post("/api/promotions/" + promotionId + "/codes",
				"{\"count\": 50, \"prefix\": \"flyer-\", \"length\": 8}");
		MvcTestResult csv = this.api.get("/api/promotions/" + promotionId + "/codes.csv");

		assertThat(batch).hasStatus(201).bodyJson().extractingPath("$.count").isEqualTo(50);
		assertThat(csv).hasStatusOk().hasContentType("text/csv;charset=UTF-8");
		List<String> lines = Arrays.asList(MarketingApi.body(csv).split("\n"));
		assertThat(lines.get(0)).isEqualTo("code,batch,created");
		List<String> codes = lines.subList(1, lines.size()).stream().map((line) -> line.split(",")[0]).toList();
		assertThat(codes).hasSize(50).doesNotHaveDuplicates().allMatch((code) -> code.matches("FLYER-[0-9A-Z]{8}"));

		ClientSnapshot ala = ClientMother.consenting("client-" + UUID.randomUUID());
		ClientSnapshot bob = ClientMother.consenting("client-" + UUID.randomUUID());
		PromotionEvaluated first = price(appointment(ala).code(codes.get(0).toLowerCase()).requested());
		PromotionEvaluated again = price(appointment(bob).code(codes.get(0)).requested());
		PromotionEvaluated another = price(appointment(bob).code(codes.get(1)).requested());

		assertThat(first.appliedPromotions()).extracting((applied) -> applied.promotionId())
			.containsExactly(promotionId);
		assertThat(again.codeRefusal().reason()).isEqualTo(Reason.LIMIT_REACHED);
		assertThat(another.appliedPromotions()).extracting((applied) -> applied.promotionId())
			.containsExactly(promotionId);
	}

	@Test
	void refusesBatchesForSharedCodesAndImpossibleCounts() {
		String shared = this.api.activePromotion(PromotionJson.code("SH-" + shortId()));
		String unique = this.api.activePromotion(PromotionJson.uniqueCodes("Partner " + shortId()));

		assertThat(this.api.post("/api/promotions/" + shared + "/codes", "{\"count\": 5}")).hasStatus(409);
		assertThat(this.api.post("/api/promotions/" + unique + "/codes", "{\"count\": 0}")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("count");
		assertThat(this.api.post("/api/promotions/promo-missing/codes", "{\"count\": 5}")).hasStatus(404);
	}

	private static String shortId() {
		return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
	}

}
