package com.spautopia.promotion.campaign;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.spautopia.events.Channel;
import com.spautopia.events.ClientSnapshot;
import com.spautopia.events.Money;
import com.spautopia.events.notification.ClientOptedOut;
import com.spautopia.events.notification.MessageDelivered;
import com.spautopia.events.notification.MessageSent;
import com.spautopia.events.notification.Purpose;
import com.spautopia.events.promotion.OfferIssued;
import com.spautopia.events.promotion.PromotionEvaluated;
import com.spautopia.events.promotion.PromotionEvaluated.CodeRefusal.Reason;
import com.spautopia.promotion.client.ClientViews;
import com.spautopia.promotion.client.ConsentChanges;
import com.spautopia.promotion.fixtures.AppointmentMother;
import com.spautopia.promotion.fixtures.ClientMother;
import com.spautopia.promotion.fixtures.IntegrationTestSupport;
import com.spautopia.promotion.fixtures.MarketingApi;
import com.spautopia.promotion.fixtures.PromotionJson;
import com.spautopia.testsupport.time.WallClock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static com.spautopia.promotion.fixtures.AppointmentMother.appointment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class CampaignIntegrationTests extends IntegrationTestSupport {

	private static final Money PAID = Money.of("220.00", "PLN");

	@Autowired
	private ClientViews clients;

	@Autowired
	private ConsentChanges consents;

	@Test
	void issuesOneOfferToEachConsentingClientOfTheAudienceAndReportsItsStats() {
		String segment = "lapsed-" + UUID.randomUUID();
		String promotionId = this.api.activePromotion(PromotionJson.uniqueCodes("Back " + shortId()).percent(15));
		ClientSnapshot ala = ClientMother.consenting(newId(), segment);
		ClientSnapshot bob = ClientMother.consenting(newId(), segment);
		ClientSnapshot cyd = ClientMother.smsOnly(newId(), segment);
		ClientSnapshot dan = ClientMother.withoutMarketingConsent(newId(), segment);
		ClientSnapshot eve = ClientMother.smsOnly(newId(), segment);
		ClientSnapshot fay = ClientMother.consenting(newId(), segment);
		ClientSnapshot gus = ClientMother.consenting(newId(), segment);
		for (ClientSnapshot client : List.of(ala, bob, cyd, dan, eve)) {
			this.events.send(backPain(client, "2025-01-14T10:00:00+01:00").completed(PAID));
		}
		this.events.send(
				backPain(fay, WallClock.now().minus(Duration.ofDays(10)).atOffset(ZoneOffset.UTC).toString())
					.completed(PAID),
				appointment(gus).treatment("sports", "210.00").startingAt("2025-01-14T10:00:00+01:00").completed(PAID),
				new ClientOptedOut(eve.phone(), Channel.SMS, "STOP", Instant.parse("2025-02-01T10:00:00Z")));
		await().atMost(TIMEOUT)
			.until(() -> this.clients.findById(gus.clientId()).isPresent()
					&& this.clients.findById(fay.clientId()).isPresent()
					&& !this.consents.optedOut(eve.phone()).isEmpty());
		for (ClientSnapshot client : List.of(ala, bob, cyd, dan)) {
			await().atMost(TIMEOUT).until(() -> this.clients.findById(client.clientId()).isPresent());
		}
		String campaignId = this.api.campaign(campaign(segment, promotionId, null));

		assertThat(
				MarketingApi.<Map<String, Object>>read(this.api.get("/api/campaigns/" + campaignId + "/audience"), "$"))
			.containsExactlyInAnyOrderEntriesOf(Map.of("clients", 3, "sms", 3, "email", 2));
		assertThat(this.api.post("/api/campaigns/" + campaignId + "/launch")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.status")
			.isEqualTo("SENDING");
		Map<String, OfferIssued> offers = await().atMost(TIMEOUT)
			.until(() -> offersOf(campaignId), (issued) -> issued.size() == 3);

		assertThat(offers).containsOnlyKeys(ala.clientId(), bob.clientId(), cyd.clientId());
		assertThat(offers.get(ala.clientId()).channels()).containsExactlyInAnyOrder(Channel.SMS, Channel.EMAIL);
		assertThat(offers.get(cyd.clientId()).channels()).containsExactly(Channel.SMS);
		assertThat(offers.get(ala.clientId()).promoCode()).startsWith("SPA-")
			.isNotEqualTo(offers.get(bob.clientId()).promoCode());
		assertThat(offers.get(ala.clientId()).offerId()).isEqualTo(campaignId + ":" + ala.clientId());

		this.events.send(delivered(campaignId, ala, Channel.SMS), sent(campaignId, ala, Channel.EMAIL),
				sent(campaignId, bob, Channel.EMAIL), sent(campaignId, cyd, Channel.SMS));
		// an email our SMTP server accepted is as delivered as it gets; an SMS only
		// Twilio accepted is not yet
		AppointmentMother redeemed = appointment(ala).code(offers.get(ala.clientId()).promoCode());
		PromotionEvaluated evaluated = price(redeemed.requested());
		this.events.send(redeemed.completed(evaluated.finalPrice()));

		await().atMost(TIMEOUT).untilAsserted(() -> {
			Map<String, Object> stats = MarketingApi.read(this.api.get("/api/campaigns/" + campaignId + "/stats"), "$");
			assertThat(stats).containsEntry("status", "COMPLETED")
				.containsEntry("audience", 3)
				.containsEntry("offersIssued", 3)
				.containsEntry("offersPending", 0)
				.containsEntry("delivered", 2)
				.containsEntry("redeemed", 1)
				.containsEntry("revenue", Map.of("amount", 221.0, "currency", "PLN"))
				.containsEntry("conversion", 0.3333);
		});
		assertThat(offersOf(campaignId)).hasSize(3);
	}

	@Test
	void previewShowsTheMessagesAsSentTheirSegmentsCostAndSendingTimeAndStoresNothing() {
		String segment = "preview-" + UUID.randomUUID();
		String promotionId = this.api.activePromotion(PromotionJson.uniqueCodes("Preview " + shortId()).percent(15));
		ClientSnapshot ala = ClientMother.consenting(newId(), segment);
		ClientSnapshot bob = ClientMother.smsOnly(newId(), segment);
		ClientSnapshot cyd = ClientMother.withoutMarketingConsent(newId(), segment);
		for (ClientSnapshot client : List.of(ala, bob, cyd)) {
			this.events.send(backPain(client, "2025-01-14T10:00:00+01:00").completed(PAID));
		}
		for (ClientSnapshot client : List.of(ala, bob, cyd)) {
			await().atMost(TIMEOUT).until(() -> this.clients.findById(client.clientId()).isPresent());
		}
		int campaignsBefore = MarketingApi.<List<Object>>read(this.api.get("/api/campaigns"), "$").size();
		String json = campaign(segment, promotionId, null).replace("\"sendAt\": null",
				"\"sendAt\": null, \"offerValidUntil\": \"2027-01-31T23:00:00Z\"");

		MvcTestResult preview = this.api.post("/api/campaigns/preview", json);

		assertThat(preview).hasStatusOk();
		assertThat(MarketingApi.<Map<String, Object>>read(preview, "$.audience"))
			.containsExactlyInAnyOrderEntriesOf(Map.of("clients", 2, "sms", 2, "email", 1, "heldOut", 0));
		Map<String, Object> english = MarketingApi.read(preview, "$.variants[0].languages[0]");
		assertThat(english).containsEntry("language", "en")
			.containsEntry("emailSubject", "Spa Utopia: an offer for you, [first name]");
		assertThat((String) english.get("sms")).matches("Spa Utopia: Your back misses us: 15% off your next massage "
				+ "Code: SPA-[0-9A-Z]{10}\\. Valid until Mon 1 Feb 2027\\. Reply STOP to opt out\\.");
		assertThat((String) english.get("emailText")).contains("Your code: SPA-", "Unsubscribe: [unsubscribe link]");
		assertThat(MarketingApi.<Map<String, Object>>read(preview, "$.variants[0].languages[0].smsSize"))
			.containsEntry("encoding", "GSM-7")
			.containsEntry("segments", 1)
			.containsEntry("billedSegments", 1);
		assertThat(MarketingApi.<Map<String, Object>>read(preview, "$.sending")).containsEntry("messages", 2)
			.containsEntry("segments", 2)
			.containsEntry("cost", 0.1)
			.containsEntry("currency", "USD")
			.containsEntry("sendingSeconds", 1)
			.containsEntry("finishesWithinQueueWindow", true);
		Map<String, Object> polish = MarketingApi.read(preview, "$.variants[0].languages[1]");
		assertThat(polish).containsEntry("language", "pl")
			.containsEntry("emailSubject", "Spa Utopia: oferta dla Ciebie, [first name]");
		assertThat((String) polish.get("sms")).contains("Kod: SPA-", "Ważne do pon. 1 lut 2027", "Odpisz STOP");
		assertThat(MarketingApi.<List<String>>read(preview, "$.warnings"))
			.as("only the Polish frame's letters outside GSM-7, sent without them in one segment")
			.allSatisfy((warning) -> assertThat(warning).contains("(pl)", "without those characters, in 1 segments"));
		assertThat(MarketingApi.<List<Object>>read(this.api.get("/api/campaigns"), "$")).hasSize(campaignsBefore);

		String campaignId = this.api.campaign(json);
		assertThat(this.api.get("/api/campaigns/" + campaignId + "/preview")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.sending.segments")
			.isEqualTo(2);
	}

	@Test
	void launchesOnlyWithAnActivePromotion() {
		MvcTestResult draft = this.api.post("/api/promotions", PromotionJson.uniqueCodes("Draft " + shortId()).json());
		String campaignId = this.api.campaign(campaign("nobody", MarketingApi.read(draft, "$.id"), null));

		assertThat(this.api.post("/api/campaigns/" + campaignId + "/launch")).hasStatus(409)
			.bodyJson()
			.extractingPath("$.type")
			.isEqualTo("https://spautopia.com/problems/promotion-not-active");
	}

	@Test
	void waitsForTheScheduledSendTimeAndLaunchesOnce() {
		String promotionId = this.api.activePromotion(PromotionJson.uniqueCodes("Later " + shortId()));
		String campaignId = this.api.campaign(campaign("later", promotionId, "2099-01-01T09:00:00Z"));

		assertThat(this.api.post("/api/campaigns/" + campaignId + "/launch")).bodyJson()
			.extractingPath("$.status")
			.isEqualTo("SCHEDULED");
		assertThat(this.api.post("/api/campaigns/" + campaignId + "/launch")).hasStatus(409);
	}

	@Test
	void offersOnlyPromotionsWithCodesOfEachClientsOwn() {
		String shared = this.api.activePromotion(PromotionJson.code("SHARED-" + shortId()));
		String automatic = this.api.activePromotion(PromotionJson.automatic("Everyone " + shortId()).tags(shortId()));

		for (String promotionId : List.of(shared, automatic)) {
			MvcTestResult result = this.api.post("/api/campaigns", campaign("anyone", promotionId, null));
			assertThat(result).hasStatus(400);
			assertThat(MarketingApi.<String>read(result, "$.errors[0].field")).isEqualTo("promotionId");
		}
	}

	@Test
	void redeemsAnOfferOnlyByItsClientAndUntilItEnds() {
		String segment = "bound-" + UUID.randomUUID();
		String promotionId = this.api.activePromotion(PromotionJson.uniqueCodes("Bound " + shortId()).percent(15));
		ClientSnapshot ala = ClientMother.consenting(newId(), segment);
		ClientSnapshot bob = ClientMother.consenting(newId());
		this.events.send(backPain(ala, "2025-01-14T10:00:00+01:00").completed(PAID));
		await().atMost(TIMEOUT).until(() -> this.clients.findById(ala.clientId()).isPresent());
		Instant offerEnds = WallClock.now().plus(Duration.ofDays(10)).truncatedTo(ChronoUnit.SECONDS);
		String campaignId = this.api.campaign(campaign(segment, promotionId, null).replace("\"sendAt\"",
				"\"offerValidUntil\": \"" + offerEnds + "\", \"sendAt\""));
		assertThat(this.api.post("/api/campaigns/" + campaignId + "/launch")).hasStatusOk();
		String code = await().atMost(TIMEOUT)
			.until(() -> offersOf(campaignId), (issued) -> issued.size() == 1)
			.get(ala.clientId())
			.promoCode();

		PromotionEvaluated byAnother = price(appointment(bob).requestedAt(WallClock.now()).code(code).requested());
		PromotionEvaluated tooLate = price(appointment(ala).requestedAt(offerEnds.plusSeconds(1))
			.startingAt("2099-01-13T10:00:00+01:00")
			.code(code)
			.requested());
		PromotionEvaluated inTime = price(appointment(ala).requestedAt(WallClock.now())
			.startingAt("2099-01-13T10:00:00+01:00")
			.code(code)
			.requested());

		assertThat(byAnother.codeRefusal().reason()).isEqualTo(Reason.NOT_APPLICABLE);
		assertThat(tooLate.codeRefusal().reason()).isEqualTo(Reason.EXPIRED);
		assertThat(inTime.appliedPromotions()).extracting((applied) -> applied.promotionId())
			.containsExactly(promotionId);
	}

	@Test
	void rejectsCampaignWithUnknownPromotionOrWithoutChannels() {
		String json = """
				{"name": "Broken", "audience": {"treatmentIds": ["hot-stones"]}, "promotionId": "promo-missing",
				 "channels": [], "message": "Hi"}
				""";

		assertThat(MarketingApi.<List<String>>read(this.api.post("/api/campaigns", json), "$.errors[*].field"))
			.containsExactly("channels");
		assertThat(this.api.post("/api/campaigns", json.replace("[]", "[\"SMS\"]"))).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("promotionId");
	}

	private Map<String, OfferIssued> offersOf(String campaignId) {
		return this.promotionEvents.events(OfferIssued.class)
			.stream()
			.filter((offer) -> campaignId.equals(offer.campaignId()))
			.collect(Collectors.toMap((offer) -> offer.client().clientId(), Function.identity()));
	}

	private static String campaign(String segment, String promotionId, String sendAt) {
		return """
				{"name": "We miss you", "promotionId": "%s", "channels": ["SMS", "EMAIL"],
				 "audience": {"treatmentIds": ["back-pain-desk-workers"], "noVisitForDays": 60, "tags": ["%s"]},
				 "message": "Your back misses us: 15%% off your next massage", "sendAt": %s}
				""".formatted(promotionId, segment, (sendAt != null) ? "\"" + sendAt + "\"" : "null");
	}

	private static AppointmentMother backPain(ClientSnapshot client, String start) {
		return appointment(client).treatment("back-pain-desk-workers", "220.00").startingAt(start);
	}

	private static MessageDelivered delivered(String campaignId, ClientSnapshot client, Channel channel) {
		return new MessageDelivered("msg-" + UUID.randomUUID(), channel, Purpose.OFFER, client.clientId(), null,
				campaignId, WallClock.now());
	}

	private static MessageSent sent(String campaignId, ClientSnapshot client, Channel channel) {
		return new MessageSent("msg-" + UUID.randomUUID(), channel, Purpose.OFFER, client.clientId(), null, campaignId,
				WallClock.now());
	}

	private static String newId() {
		return "client-" + UUID.randomUUID();
	}

	private static String shortId() {
		return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
	}

}
