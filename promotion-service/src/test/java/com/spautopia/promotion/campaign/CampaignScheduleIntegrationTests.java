package com.spautopia.promotion.campaign;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.spautopia.events.ClientSnapshot;
import com.spautopia.events.promotion.OfferIssued;
import com.spautopia.promotion.client.ClientView;
import com.spautopia.promotion.fixtures.ClientMother;
import com.spautopia.promotion.fixtures.IntegrationTestSupport;
import com.spautopia.promotion.fixtures.MarketingApi;
import com.spautopia.promotion.fixtures.PromotionJson;
import com.spautopia.promotion.offer.Offer;
import com.spautopia.testsupport.time.TestClock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A campaign scheduled for later, on a clock the test moves.
 */
@Import(CampaignScheduleIntegrationTests.ClockConfiguration.class)
class CampaignScheduleIntegrationTests extends IntegrationTestSupport {

	private static final Instant START = Instant.parse("2030-03-02T08:00:00Z");

	private static final Instant SEND_AT = START.plus(Duration.ofHours(2));

	@Autowired
	private TestClock clock;

	@Autowired
	private MongoOperations mongo;

	@Test
	void issuesNothingBeforeTheSendTimeAndEachOfferOnceAfterIt() {
		String segment = "scheduled-" + UUID.randomUUID();
		List<ClientSnapshot> audience = List.of(ClientMother.consenting(newId(), segment),
				ClientMother.consenting(newId(), segment), ClientMother.smsOnly(newId(), segment));
		this.mongo.insertAll(audience.stream().map(CampaignScheduleIntegrationTests::view).toList());
		String promotionId = this.api.activePromotion(PromotionJson.uniqueCodes("Soon " + shortId()));
		String scheduled = this.api.campaign(campaign(segment, promotionId, SEND_AT));
		assertThat(this.api.post("/api/campaigns/" + scheduled + "/launch")).bodyJson()
			.extractingPath("$.status")
			.isEqualTo("SCHEDULED");

		this.clock.setTo(SEND_AT.minusSeconds(1));
		awaitALauncherRun(promotionId);

		assertThat(status(scheduled)).isEqualTo("SCHEDULED");
		assertThat(this.mongo.count(Query.query(Criteria.where("campaignId").is(scheduled)), Offer.class)).isZero();

		this.clock.setTo(SEND_AT);
		await().atMost(TIMEOUT).until(() -> status(scheduled).equals("COMPLETED"));

		List<OfferIssued> offers = await().atMost(TIMEOUT)
			.until(() -> offersOf(scheduled), (issued) -> issued.size() >= audience.size());
		assertThat(offers).extracting((offer) -> offer.client().clientId())
			.containsExactlyInAnyOrderElementsOf(audience.stream().map(ClientSnapshot::clientId).toList());
		assertThat(offers).allSatisfy((offer) -> assertThat(offer.issuedAt()).isEqualTo(SEND_AT));
	}

	/**
	 * Waits for a run of the launcher that begins after now: it sends a campaign due at
	 * once, launched now, with nobody in its audience.
	 */
	private void awaitALauncherRun(String promotionId) {
		String marker = this.api.campaign(campaign("nobody-" + UUID.randomUUID(), promotionId, null));
		assertThat(this.api.post("/api/campaigns/" + marker + "/launch")).hasStatusOk();
		await().atMost(TIMEOUT).until(() -> status(marker).equals("COMPLETED"));
	}

	private String status(String campaignId) {
		return MarketingApi.read(this.api.get("/api/campaigns/" + campaignId), "$.status");
	}

	private List<OfferIssued> offersOf(String campaignId) {
		return this.promotionEvents.events(OfferIssued.class)
			.stream()
			.filter((offer) -> campaignId.equals(offer.campaignId()))
			.toList();
	}

	private static String campaign(String segment, String promotionId, Instant sendAt) {
		return """
				{"name": "Spring is coming", "promotionId": "%s", "channels": ["SMS", "EMAIL"],
				 "audience": {"tags": ["%s"]}, "message": "10%% off in March", "sendAt": %s}
				""".formatted(promotionId, segment, (sendAt != null) ? "\"" + sendAt + "\"" : "null");
	}

	private static ClientView view(ClientSnapshot client) {
		return new ClientView(client.clientId(), client.name(), client.phone(), client.email(), client.consents(),
				client.tags(), 1, 0, Instant.parse("2030-01-10T10:00:00Z"), Set.of("swedish"), List.of(), List.of(),
				START);
	}

	private static String newId() {
		return "client-" + UUID.randomUUID();
	}

	private static String shortId() {
		return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class ClockConfiguration {

		@Bean
		@Primary
		TestClock testClock() {
			return TestClock.frozenAt(START, ZoneOffset.UTC);
		}

	}

}
