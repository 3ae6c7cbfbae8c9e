package com.spautopia.notification;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.spautopia.events.KafkaEventMessage;
import com.spautopia.events.Topics;
import com.spautopia.events.promotion.OfferIssued;
import com.spautopia.testsupport.mail.ReceivedEmail;
import com.spautopia.testsupport.time.SpaCalendar;
import com.spautopia.testsupport.time.WallClock;
import com.spautopia.testsupport.twilio.SimulatedSms;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Offers from promotion events: marketing consent per channel, opted-out numbers, quiet
 * hours in the recipient's zone, the promotion topic's dead-letter topic.
 */
class OffersIntegrationTests extends NotificationIntegrationTest {

	private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

	/**
	 * An ordinary day (no clock change) from tomorrow on, whatever today is.
	 */
	private static LocalDate aDayAhead() {
		return SpaCalendar.seeded().next(1, (day) -> true);
	}

	@Test
	void offerArrivingInQuietHoursIsDeferredToTheirEndNotDropped() {
		LocalDate tomorrow = aDayAhead();
		this.clock.setTo(tomorrow.atTime(LocalTime.of(22, 30)).atZone(WARSAW).toInstant());
		OfferIssued offer = OfferMother.offer(this.clock.instant(), true, true);

		publishOffer(offer);

		assertStaysAt(() -> smsTo(offer.client().phone()), 0);
		assertThat(emailsTo(offer.client().email())).isEmpty();
		this.clock.setTo(tomorrow.plusDays(1).atTime(LocalTime.of(7, 59)).atZone(WARSAW).toInstant());
		assertStaysAt(() -> smsTo(offer.client().phone()), 0);
		this.clock.setTo(tomorrow.plusDays(1).atTime(LocalTime.of(8, 1)).atZone(WARSAW).toInstant());
		SimulatedSms sms = awaitCount(() -> smsTo(offer.client().phone()), 1).get(0);
		assertThat(sms.body()).contains("20% off every massage this week.", "RELAX20", "Reply STOP to opt out");
		ReceivedEmail email = awaitCount(() -> emailsTo(offer.client().email()), 1).get(0);
		assertThat(email.subject()).contains("an offer for you");
		assertThat(email.htmlBody()).contains("RELAX20");
	}

	@Test
	void offersGoOnlyThroughChannelsWithMarketingConsent() {
		this.clock.setTo(aDayAhead().atTime(LocalTime.NOON).atZone(WARSAW).toInstant());
		OfferIssued emailOnly = OfferMother.offer(this.clock.instant(), false, true);
		OfferIssued smsOnly = OfferMother.offer(this.clock.instant(), true, false);

		publishOffer(emailOnly);
		publishOffer(smsOnly);

		awaitCount(() -> emailsTo(emailOnly.client().email()), 1);
		awaitCount(() -> smsTo(smsOnly.client().phone()), 1);
		assertThat(smsTo(emailOnly.client().phone())).isEmpty();
		assertThat(emailsTo(smsOnly.client().email())).isEmpty();
	}

	@Test
	void loyaltyRewardReachesAClientWithoutMarketingConsent() {
		this.clock.setTo(aDayAhead().atTime(LocalTime.NOON).atZone(WARSAW).toInstant());
		OfferIssued reward = OfferMother.loyaltyRewardWithoutMarketingConsent(this.clock.instant());

		publishOffer(reward);

		SimulatedSms sms = awaitCount(() -> smsTo(reward.client().phone()), 1).get(0);
		assertThat(sms.body()).contains("Thank you for 5 visits!", "SPA-7K2M9Q4XRT");
		ReceivedEmail email = awaitCount(() -> emailsTo(reward.client().email()), 1).get(0);
		assertThat(email.htmlBody()).contains("SPA-7K2M9Q4XRT");
		assertThat(email.textBody()).as("a reward is not marketing the client agreed to")
			.contains("because you earned a reward")
			.doesNotContain("agreed to receive offers");
	}

	@Test
	void aPolishClientGetsTheOfferInPolish() {
		this.clock.setTo(aDayAhead().atTime(LocalTime.NOON).atZone(WARSAW).toInstant());
		OfferIssued english = OfferMother.offer(this.clock.instant(), true, true);
		OfferIssued offer = new OfferIssued(english.offerId(), english.campaignId(), english.promotionId(),
				english.client().withLanguage("pl"), english.channels(), "20% zniżki na każdy masaż w tym tygodniu.",
				english.promoCode(), english.validUntil(), english.issuedAt());

		publishOffer(offer);

		assertThat(awaitCount(() -> smsTo(offer.client().phone()), 1).get(0).body())
			.contains("Kod: RELAX20", "Odpisz STOP")
			.doesNotContain("Reply STOP");
		ReceivedEmail email = awaitCount(() -> emailsTo(offer.client().email()), 1).get(0);
		assertThat(email.subject()).isEqualTo("Spa Utopia: oferta dla Ciebie, Anna");
		assertThat(email.textBody()).contains("Dzień dobry, Anna,", "Twój kod: RELAX20", "Ważne do",
				"zgodziłeś się na oferty", "Wypisz się: ");
	}

	@Test
	void campaignOfferWithoutMarketingConsentIsNotSent() {
		this.clock.setTo(aDayAhead().atTime(LocalTime.NOON).atZone(WARSAW).toInstant());
		OfferIssued offer = OfferMother.offer(this.clock.instant(), false, false);
		OfferIssued control = OfferMother.offer(this.clock.instant(), true, false);

		publishOffer(offer);
		publishOffer(control);

		awaitCount(() -> smsTo(control.client().phone()), 1);
		assertStaysAt(() -> smsTo(offer.client().phone()), 0);
		assertThat(emailsTo(offer.client().email())).isEmpty();
	}

	@Test
	void noOfferSmsToANumberThatOptedOut() {
		this.clock.setTo(aDayAhead().atTime(LocalTime.NOON).atZone(WARSAW).toInstant());
		String phone = AppointmentConfirmedMother.uniquePhone();
		twilio.sendInbound(phone, SPA_NUMBER, "UNSUBSCRIBE", BASE_URL + "/twilio/inbound");
		OfferIssued offer = OfferMother.offer(phone, this.clock.instant(), true, true);

		publishOffer(offer);

		awaitCount(() -> emailsTo(offer.client().email()), 1);
		assertStaysAt(() -> smsTo(phone), 0);
	}

	@Test
	void replayedOfferSendsNothingNew() {
		this.clock.setTo(aDayAhead().atTime(LocalTime.NOON).atZone(WARSAW).toInstant());
		OfferIssued offer = OfferMother.offer(this.clock.instant(), true, false);
		KafkaEventMessage message = this.promotionService.encode(offer);

		this.topics.publish(message);
		this.topics.publish(message);

		awaitCount(() -> smsTo(offer.client().phone()), 1);
		assertStaysAt(() -> smsTo(offer.client().phone()), 1);
	}

	@Test
	void malformedPromotionEventGoesToItsDeadLetterTopic() {
		OfferIssued offer = OfferMother.offer(WallClock.now(), true, true);
		KafkaEventMessage valid = this.promotionService.encode(offer);
		Map<String, byte[]> headers = new HashMap<>(valid.headers());
		headers.put("ce_type", "com.spautopia.promotion.OfferIssued.v1".getBytes(StandardCharsets.UTF_8));
		KafkaEventMessage poison = new KafkaEventMessage(valid.topic(), valid.key(), headers,
				"{\"offerId\": 42".getBytes(StandardCharsets.UTF_8));

		this.topics.publish(poison);

		List<ConsumerRecord<byte[], byte[]>> deadLetters = this.topics
			.read(Topics.PROMOTION_EVENTS + ".notification-service.dlq", (records) -> records.stream()
				.anyMatch((record) -> new String(record.value(), StandardCharsets.UTF_8).equals("{\"offerId\": 42")),
					Duration.ofSeconds(60));
		assertThat(deadLetters).isNotEmpty();
		assertThat(smsTo(offer.client().phone())).isEmpty();
	}

	private void publishOffer(OfferIssued offer) {
		this.topics.publish(this.promotionService.encode(offer));
	}

}
