package com.spautopia.promotion.definition;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.spautopia.promotion.fixtures.IntegrationTestSupport;
import com.spautopia.promotion.fixtures.MarketingApi;
import com.spautopia.promotion.fixtures.PromotionJson;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

class PromotionApiIntegrationTests extends IntegrationTestSupport {

	@Test
	void movesPromotionFromDraftThroughActiveAndPausedToEnded() {
		MvcTestResult created = this.api.post("/api/promotions", PromotionJson.code(uniqueCode()).json());
		assertThat(created).hasStatus(201).bodyJson().extractingPath("$.status").isEqualTo("DRAFT");
		String id = MarketingApi.read(created, "$.id");
		assertThat(created).headers().hasValue("Location", "/api/promotions/" + id);

		assertThat(this.api.post("/api/promotions/" + id + "/activate")).bodyJson()
			.extractingPath("$.status")
			.isEqualTo("ACTIVE");
		assertThat(this.api.post("/api/promotions/" + id + "/pause")).bodyJson()
			.extractingPath("$.status")
			.isEqualTo("PAUSED");
		assertThat(this.api.post("/api/promotions/" + id + "/end")).bodyJson()
			.extractingPath("$.status")
			.isEqualTo("ENDED");
		assertThat(this.api.post("/api/promotions/" + id + "/activate")).hasStatus(409)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void updatesAndListsPromotions() {
		String code = uniqueCode();
		String id = this.api.activePromotion(PromotionJson.code(code).percent(10));

		assertThat(this.api.put("/api/promotions/" + id, PromotionJson.code(code).percent(25).json())).hasStatusOk()
			.bodyJson()
			.extractingPath("$.discount.percent")
			.isEqualTo(25);
		assertThat(this.api.get("/api/promotions/" + id)).bodyJson().extractingPath("$.status").isEqualTo("ACTIVE");
		assertThat(this.api.get("/api/promotions?status=ACTIVE")).bodyJson()
			.extractingPath("$[*].id")
			.asArray()
			.contains(id);
		assertThat(this.api.get("/api/promotions?status=DRAFT")).bodyJson()
			.extractingPath("$[*].id")
			.asArray()
			.doesNotContain(id);
	}

	@Test
	void rejectsUnknownTreatmentNamingTheField() {
		MvcTestResult result = this.api.post("/api/promotions",
				PromotionJson.code(uniqueCode()).treatments("deep-tissue", "hot-stones").json());

		assertThat(fieldErrors(result)).singleElement().satisfies((error) -> {
			assertThat(error).containsEntry("field", "conditions.treatmentIds");
			assertThat(error.get("message")).startsWith("unknown treatment hot-stones");
		});
	}

	@Test
	void rejectsNegativeDiscounts() {
		assertThat(fieldErrors(this.api.post("/api/promotions", PromotionJson.code(uniqueCode()).fixed(-5).json())))
			.extracting((error) -> error.get("field"))
			.containsExactly("discount.amount.amount");
		assertThat(fieldErrors(this.api.post("/api/promotions", PromotionJson.code(uniqueCode()).percent(-10).json())))
			.extracting((error) -> error.get("field"))
			.containsExactly("discount.percent");
	}

	@Test
	void rejectsDiscountsAndBudgetsNotInTheSpasCurrency() {
		String percentWithEuroBudget = PromotionJson.code(uniqueCode()).percent(10).budget(500, "EUR").json();
		String euroDiscount = PromotionJson.code(uniqueCode()).fixed(20, "EUR").json();
		String euroDiscountAndBudget = PromotionJson.code(uniqueCode()).fixed(20, "EUR").budget(500, "EUR").json();

		assertThat(fieldErrors(this.api.post("/api/promotions", percentWithEuroBudget)))
			.containsExactly(Map.of("field", "limits.budget.currency", "message", "must be PLN, the spa's currency"));
		assertThat(fieldErrors(this.api.post("/api/promotions", euroDiscount)))
			.containsExactly(Map.of("field", "discount.amount.currency", "message", "must be PLN, the spa's currency"));
		assertThat(fieldErrors(this.api.post("/api/promotions", euroDiscountAndBudget)))
			.extracting((error) -> error.get("field"))
			.containsExactlyInAnyOrder("discount.amount.currency", "limits.budget.currency");
	}

	@Test
	void rejectsAnUpdateToAnotherCurrency() {
		String code = uniqueCode();
		String id = this.api.activePromotion(PromotionJson.code(code).fixed(20).budget(500));

		assertThat(fieldErrors(
				this.api.put("/api/promotions/" + id, PromotionJson.code(code).percent(10).budget(500, "EUR").json())))
			.extracting((error) -> error.get("field"))
			.containsExactly("limits.budget.currency");
		assertThat(this.api.get("/api/promotions/" + id)).bodyJson()
			.extractingPath("$.limits.budget.currency")
			.isEqualTo("PLN");
	}

	@Test
	void rejectsValidityWindowEndingBeforeItStarts() {
		String json = PromotionJson.code(uniqueCode())
			.set("validFrom", "2030-06-01T00:00:00Z")
			.set("validUntil", "2030-05-01T00:00:00Z")
			.json();

		assertThat(fieldErrors(this.api.post("/api/promotions", json)))
			.containsExactly(Map.of("field", "validUntil", "message", "must be after validFrom"));
	}

	@Test
	void rejectsCodePromotionWithoutCodeAndMissingFields() {
		String json = """
				{"kind": "CODE", "discount": {"type": "PERCENT", "percent": 10}, "validFrom": "2030-01-01T00:00:00Z"}
				""";

		assertThat(fieldErrors(this.api.post("/api/promotions", json))).extracting((error) -> error.get("field"))
			.containsExactlyInAnyOrder("name", "code");
	}

	@Test
	void rejectsCodeAnotherPromotionUses() {
		String code = uniqueCode();
		this.api.activePromotion(PromotionJson.code(code));

		MvcTestResult result = this.api.post("/api/promotions", PromotionJson.code(code.toLowerCase()).json());

		assertThat(result).hasStatus(409);
		assertThat(MarketingApi.<String>read(result, "$.errors[0].field")).isEqualTo("code");
	}

	@Test
	void answersUnknownPromotionWithProblemDetails() {
		assertThat(this.api.get("/api/promotions/promo-missing")).hasStatus(404)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("Promotion promo-missing does not exist.");
	}

	private static List<Map<String, String>> fieldErrors(MvcTestResult result) {
		assertThat(result).hasStatus(400).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		return MarketingApi.read(result, "$.errors");
	}

	private static String uniqueCode() {
		return "API-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
	}

}
