package com.spautopia.notification.waitlist;

import java.time.Instant;
import java.util.Base64;

import com.spautopia.events.SealedLinks;
import com.spautopia.events.booking.WaitlistOfferMade;
import com.spautopia.notification.WaitlistOfferMother;
import com.spautopia.notification.content.MessageTemplates;
import com.spautopia.notification.content.NotificationProperties;
import com.spautopia.notification.content.RenderedMessage;
import com.spautopia.notification.content.SmsSegments;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WaitlistOfferTextsTests {

	/** 12:00 in Warsaw. */
	private static final Instant NOW = Instant.parse("2030-03-05T11:00:00Z");

	private static final SealedLinks SEAL = SealedLinks.withKey(Base64.getEncoder().encodeToString(new byte[32]));

	private final WaitlistOfferTexts texts = new WaitlistOfferTexts(new MessageTemplates(),
			new NotificationProperties("Spa Utopia", "Europe/Warsaw", "en"));

	@Test
	void offerSaysWhatWithWhomWhenUntilWhenAndHowToBookIt() {
		WaitlistOfferMade offer = WaitlistOfferMother.offer(SEAL, NOW, "ewa@example.com");
		String claimUrl = WaitlistOfferMother.claimUrl(offer.offerId());

		RenderedMessage message = this.texts.render(offer, claimUrl);

		assertThat(message.sms()).isEqualTo("Spa Utopia: Hi Ewa, a time you waited for is free: Deep Tissue Massage"
				+ " with Marta Nowak on Thu 7 Mar 2030, 12:00. Held for you until 12:15. Book it: " + claimUrl);
		assertThat(SmsSegments.of(message.sms()).segments()).isLessThanOrEqualTo(WaitlistOfferTexts.MAX_SMS_SEGMENTS);
		assertThat(message.emailSubject())
			.isEqualTo("Spa Utopia: Deep Tissue Massage on Thu 7 Mar 2030, 12:00 is free for you");
		assertThat(message.emailText()).contains("Hi Ewa,", "Marta Nowak", "until 12:15", claimUrl);
		assertThat(message.emailHtml()).contains("href=\"" + claimUrl + "\"", "until 12:15");
	}

	@Test
	void polishClientGetsTheOfferInPolish() {
		WaitlistOfferMade english = WaitlistOfferMother.offer(SEAL, NOW, "ewa@example.com");
		WaitlistOfferMade offer = new WaitlistOfferMade(english.offerId(), english.bookingId(),
				english.waitlistEntryId(), english.offered(), english.client().withLanguage("pl"), english.claimUrl(),
				english.expiresAt(), english.offeredAt());
		String claimUrl = WaitlistOfferMother.claimUrl(offer.offerId());

		RenderedMessage message = this.texts.render(offer, claimUrl);

		// plain GSM-7 where the Polish letters would cost a segment
		assertThat(message.sms()).contains("Trzymamy go dla Ciebie do 12:15", claimUrl).doesNotContain("Held for you");
		assertThat(SmsSegments.of(message.sms()).segments()).isLessThanOrEqualTo(WaitlistOfferTexts.MAX_SMS_SEGMENTS);
		assertThat(message.emailText()).contains("Dzień dobry Ewa,", "Trzymamy go tylko dla Ciebie do 12:15", claimUrl);
	}

}
