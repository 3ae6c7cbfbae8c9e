package com.spautopia.notification;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;

import com.spautopia.events.KafkaEventMessage;
import com.spautopia.events.SealedLinks;
import com.spautopia.events.booking.WaitlistOfferEnded.Outcome;
import com.spautopia.events.booking.WaitlistOfferMade;
import com.spautopia.testsupport.mail.ReceivedEmail;
import com.spautopia.testsupport.time.SpaCalendar;
import com.spautopia.testsupport.twilio.SimulatedSms;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Waitlist offers from booking events: the claim link by SMS and email, once; never after
 * the offer ended or expired; quiet hours.
 */
class WaitlistOffersIntegrationTests extends NotificationIntegrationTest {

	private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

	@Value("${spa.manage-links.sealing-key}")
	private String sealingKey;

	private SealedLinks seal;

	@BeforeEach
	void seal() {
		this.seal = SealedLinks.withKey(this.sealingKey);
	}

	/**
	 * An ordinary day (no clock change) from tomorrow on, whatever today is.
	 */
	private static LocalDate aDayAhead() {
		return SpaCalendar.seeded().next(1, (day) -> true);
	}

	@Test
	void offerSendsOneSmsAndOneEmailWithTheOpenedClaimLinkEvenWhenRedelivered() {
		this.clock.setTo(aDayAhead().atTime(LocalTime.NOON).atZone(WARSAW).toInstant());
		WaitlistOfferMade offer = WaitlistOfferMother.offer(this.seal, this.clock.instant(), uniqueEmail());
		KafkaEventMessage message = this.bookingService.encode(offer);

		this.topics.publish(message);
		this.topics.publish(message);

		String claimUrl = WaitlistOfferMother.claimUrl(offer.offerId());
		SimulatedSms sms = awaitCount(() -> smsTo(offer.client().phone()), 1).get(0);
		assertThat(sms.body()).contains("Ewa", "Deep Tissue Massage", "Marta Nowak", "until 12:15", claimUrl)
			.doesNotContain(SealedLinks.PREFIX);
		ReceivedEmail email = awaitCount(() -> emailsTo(offer.client().email()), 1).get(0);
		assertThat(email.subject()).contains("Deep Tissue Massage", "is free for you");
		assertThat(email.textBody()).contains(claimUrl, "until 12:15");
		assertThat(email.htmlBody()).contains(claimUrl);
		assertStaysAt(() -> smsTo(offer.client().phone()), 1);
		assertThat(emailsTo(offer.client().email())).hasSize(1);
		awaitStatus(offer.bookingId(), "SMS", "WAITLIST_OFFER", "DELIVERED");
	}

	@Test
	void offerEndedWhileItWaitsForQuietHoursToEndIsNeverSent() {
		LocalDate day = aDayAhead();
		this.clock.setTo(day.atTime(LocalTime.of(22, 30)).atZone(WARSAW).toInstant());
		// a hold that outlasts the night, so that only the end of the offer stops it
		WaitlistOfferMade offer = WaitlistOfferMother.offer(this.seal, this.clock.instant(),
				this.clock.instant().plus(Duration.ofHours(12)), uniqueEmail());
		publish(offer);
		awaitStatus(offer.bookingId(), "SMS", "WAITLIST_OFFER", "PENDING");
		awaitStatus(offer.bookingId(), "EMAIL", "WAITLIST_OFFER", "PENDING");

		publish(WaitlistOfferMother.ended(offer, Outcome.WITHDRAWN, this.clock.instant()));

		awaitStatus(offer.bookingId(), "SMS", "WAITLIST_OFFER", "CANCELLED");
		awaitStatus(offer.bookingId(), "EMAIL", "WAITLIST_OFFER", "CANCELLED");
		this.clock.setTo(day.plusDays(1).atTime(LocalTime.of(8, 1)).atZone(WARSAW).toInstant());
		assertStaysAt(() -> smsTo(offer.client().phone()), 0);
		assertThat(emailsTo(offer.client().email())).isEmpty();
	}

	@Test
	void offerWhoseHoldEndsBeforeQuietHoursDoIsNeverSent() {
		LocalDate day = aDayAhead();
		this.clock.setTo(day.atTime(LocalTime.of(22, 30)).atZone(WARSAW).toInstant());
		WaitlistOfferMade offer = WaitlistOfferMother.offer(this.seal, this.clock.instant(), uniqueEmail());

		publish(offer);

		awaitStatus(offer.bookingId(), "SMS", "WAITLIST_OFFER", "EXPIRED");
		awaitStatus(offer.bookingId(), "EMAIL", "WAITLIST_OFFER", "EXPIRED");
		this.clock.setTo(day.plusDays(1).atTime(LocalTime.of(8, 1)).atZone(WARSAW).toInstant());
		assertStaysAt(() -> smsTo(offer.client().phone()), 0);
		assertThat(emailsTo(offer.client().email())).isEmpty();
	}

	@Test
	void offerArrivingAfterItExpiredIsNeverSent() {
		this.clock.setTo(aDayAhead().atTime(LocalTime.NOON).atZone(WARSAW).toInstant());
		WaitlistOfferMade late = WaitlistOfferMother.offer(this.seal,
				this.clock.instant().minus(WaitlistOfferMother.HOLD.plusMinutes(1)), uniqueEmail());
		WaitlistOfferMade control = WaitlistOfferMother.offer(this.seal, this.clock.instant(), null);

		publish(late);
		publish(control);

		awaitCount(() -> smsTo(control.client().phone()), 1);
		assertStaysAt(() -> smsTo(late.client().phone()), 0);
		assertThat(emailsTo(late.client().email())).isEmpty();
	}

	private static String uniqueEmail() {
		return "ewa." + UUID.randomUUID() + "@example.com";
	}

}
