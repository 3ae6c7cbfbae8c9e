package com.spautopia.promotion.campaign;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import com.spautopia.events.ClientSnapshot;
import com.spautopia.events.Money;
import com.spautopia.events.promotion.OfferIssued;
import com.spautopia.promotion.client.ClientViews;
import com.spautopia.promotion.fixtures.ClientMother;
import com.spautopia.promotion.fixtures.IntegrationTestSupport;
import com.spautopia.promotion.fixtures.MarketingApi;
import com.spautopia.promotion.fixtures.PromotionJson;
import com.spautopia.promotion.offer.Offer;
import com.spautopia.promotion.offer.Offers;
import com.spautopia.testsupport.time.WallClock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.spautopia.promotion.fixtures.AppointmentMother.appointment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A campaign with two message variants and a hold-out that gets nothing.
 */
class AbTestIntegrationTests extends IntegrationTestSupport {

	@Autowired
	private ClientViews clients;

	@Autowired
	private Offers offers;

	@Test
	void sendsEachVariantToItsShareHoldsOutTheRestAndComparesThem() {
		String segment = "ab-" + UUID.randomUUID();
		String promotionId = this.api.activePromotion(PromotionJson.uniqueCodes("AB " + UUID.randomUUID()).percent(10));
		List<ClientSnapshot> audience = IntStream.range(0, 20)
			.mapToObj((i) -> ClientMother.consenting("client-" + UUID.randomUUID(), segment))
			.toList();
		for (ClientSnapshot client : audience) {
			this.events
				.send(appointment(client).startingAt("2025-01-14T10:00:00+01:00").completed(Money.of("260.00", "PLN")));
		}
		await().atMost(TIMEOUT)
			.until(() -> audience.stream().allMatch((client) -> this.clients.findById(client.clientId()).isPresent()));
		String campaignId = this.api.campaign("""
				{"name": "A/B", "promotionId": "%s", "channels": ["SMS"], "audience": {"tags": ["%s"]},
				 "variants": [{"name": "A", "message": "Variant A text"}, {"name": "B", "message": "Variant B text"}],
				 "holdOutPercent": 50}
				""".formatted(promotionId, segment));
		assertThat(this.api.post("/api/campaigns/" + campaignId + "/launch")).hasStatusOk();
		await().atMost(TIMEOUT).until(() -> status(campaignId).equals("COMPLETED"));
		List<Offer> heldOut = audience.stream()
			.map((client) -> this.offers.findById(campaignId + ":" + client.clientId()).orElseThrow())
			.filter(Offer::heldOut)
			.toList();
		long offered = audience.size() - heldOut.size();
		List<OfferIssued> sent = await().atMost(TIMEOUT)
			.until(() -> this.promotionEvents.events(OfferIssued.class)
				.stream()
				.filter((offer) -> campaignId.equals(offer.campaignId()))
				.toList(), (issued) -> issued.size() == offered);

		assertThat(heldOut).isNotEmpty();
		assertThat(sent).extracting(OfferIssued::message).allMatch((text) -> text.startsWith("Variant "));
		assertThat(sent).extracting((offer) -> offer.client().clientId())
			.doesNotContainAnyElementsOf(heldOut.stream().map((offer) -> offer.client().clientId()).toList());

		ClientSnapshot visitor = audience.stream()
			.filter((client) -> client.clientId().equals(heldOut.get(0).client().clientId()))
			.findFirst()
			.orElseThrow();
		this.events.send(appointment(visitor).startingAt(WallClock.now().atOffset(java.time.ZoneOffset.UTC).toString())
			.completed(Money.of("260.00", "PLN")));

		await().atMost(TIMEOUT).untilAsserted(() -> {
			Map<String, Object> stats = MarketingApi.read(this.api.get("/api/campaigns/" + campaignId + "/stats"), "$");
			assertThat(stats).containsEntry("audience", 20).containsEntry("offersIssued", (int) offered);
			assertThat(MarketingApi.<List<Integer>>read(this.api.get("/api/campaigns/" + campaignId + "/stats"),
					"$.variants[*].clients"))
				.hasSize(2)
				.satisfies((sizes) -> assertThat(sizes.get(0) + sizes.get(1)).isEqualTo((int) offered));
			assertThat(MarketingApi.<Integer>read(this.api.get("/api/campaigns/" + campaignId + "/stats"),
					"$.holdOut.clients"))
				.isEqualTo(heldOut.size());
			assertThat(MarketingApi.<Integer>read(this.api.get("/api/campaigns/" + campaignId + "/stats"),
					"$.holdOut.visited"))
				.isEqualTo(1);
		});
		assertThat(MarketingApi.<Object>read(this.api.get("/api/campaigns/" + campaignId + "/stats"),
				"$.incrementalVisitRate"))
			.isNotNull();
	}

	private String status(String campaignId) {
		return MarketingApi.read(this.api.get("/api/campaigns/" + campaignId), "$.status");
	}

}
