package com.spautopia.promotion.campaign;

import java.util.UUID;

import com.spautopia.promotion.fixtures.IntegrationTestSupport;
import com.spautopia.promotion.fixtures.MarketingApi;
import com.spautopia.promotion.fixtures.PromotionJson;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Pausing, resuming and cancelling campaigns, by marketing or because their promotion
 * stopped.
 */
class CampaignLifecycleIntegrationTests extends IntegrationTestSupport {

	@Test
	void marketingPausesResumesAndCancelsACampaign() {
		String campaignId = launchedLater(this.api.activePromotion(PromotionJson.uniqueCodes("Paused " + shortId())));

		assertThat(change(campaignId, "pause")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.stoppedBecause")
			.isEqualTo("MARKETING");
		assertThat(status(campaignId)).isEqualTo("PAUSED");
		assertThat(change(campaignId, "pause")).hasStatus(409);
		assertThat(change(campaignId, "resume")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.status")
			.isEqualTo("SCHEDULED");
		assertThat(change(campaignId, "cancel")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.status")
			.isEqualTo("CANCELLED");
		assertThat(change(campaignId, "resume")).hasStatus(409);
		assertThat(change(campaignId, "cancel")).hasStatus(409);
	}

	@Test
	void pausesTheCampaignsOfAPausedPromotionAndSaysWhy() {
		String promotionId = this.api.activePromotion(PromotionJson.uniqueCodes("Held " + shortId()));
		String campaignId = launchedLater(promotionId);

		assertThat(this.api.post("/api/promotions/" + promotionId + "/pause")).hasStatusOk();
		await().atMost(TIMEOUT).until(() -> status(campaignId).equals("PAUSED"));
		assertThat(MarketingApi.<String>read(this.api.get("/api/campaigns/" + campaignId), "$.stoppedBecause"))
			.isEqualTo("PROMOTION_PAUSED");
		assertThat(change(campaignId, "resume")).hasStatus(409)
			.bodyJson()
			.extractingPath("$.type")
			.isEqualTo("https://spautopia.com/problems/promotion-not-active");

		assertThat(this.api.post("/api/promotions/" + promotionId + "/activate")).hasStatusOk();
		assertThat(change(campaignId, "resume")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.status")
			.isEqualTo("SCHEDULED");
	}

	@Test
	void cancelsTheCampaignsOfAnEndedPromotion() {
		String promotionId = this.api.activePromotion(PromotionJson.uniqueCodes("Over " + shortId()));
		String campaignId = launchedLater(promotionId);

		assertThat(this.api.post("/api/promotions/" + promotionId + "/end")).hasStatusOk();

		await().atMost(TIMEOUT).until(() -> status(campaignId).equals("CANCELLED"));
		assertThat(MarketingApi.<String>read(this.api.get("/api/campaigns/" + campaignId), "$.stoppedBecause"))
			.isEqualTo("PROMOTION_ENDED");
	}

	private String launchedLater(String promotionId) {
		String campaignId = this.api.campaign("""
				{"name": "Later", "promotionId": "%s", "channels": ["SMS"], "audience": {"tags": ["nobody-%s"]},
				 "message": "Later", "sendAt": "2099-01-01T09:00:00Z"}
				""".formatted(promotionId, shortId()));
		assertThat(this.api.post("/api/campaigns/" + campaignId + "/launch")).hasStatusOk();
		return campaignId;
	}

	private MvcTestResult change(String campaignId, String action) {
		return this.api.post("/api/campaigns/" + campaignId + "/" + action);
	}

	private String status(String campaignId) {
		return MarketingApi.read(this.api.get("/api/campaigns/" + campaignId), "$.status");
	}

	private static String shortId() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

}
