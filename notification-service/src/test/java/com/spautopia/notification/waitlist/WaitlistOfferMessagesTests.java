package com.spautopia.notification.waitlist;

import java.time.Instant;
import java.util.Base64;

import com.spautopia.events.Channel;
import com.spautopia.events.ClientSnapshot;
import com.spautopia.events.ClientSnapshot.Consents;
import com.spautopia.events.SealedLinks;
import com.spautopia.events.booking.WaitlistOfferMade;
import com.spautopia.notification.WaitlistOfferMother;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WaitlistOfferMessagesTests {

	private static final Instant NOW = Instant.parse("2030-03-05T11:00:00Z");

	private static final SealedLinks SEAL = SealedLinks.withKey(Base64.getEncoder().encodeToString(new byte[32]));

	@Test
	void offerGoesBySmsAndByEmailToAClientWhoGaveBoth() {
		WaitlistOfferMade offer = WaitlistOfferMother.offer(SEAL, NOW, "ewa@example.com");

		assertThat(WaitlistOfferMessages.channels(offer, NOW)).containsExactlyInAnyOrder(Channel.SMS, Channel.EMAIL);
	}

	@Test
	void offerGoesOnlyBySmsToAClientWithoutEmail() {
		WaitlistOfferMade offer = WaitlistOfferMother.offer(SEAL, NOW, null);

		assertThat(WaitlistOfferMessages.channels(offer, NOW)).containsExactly(Channel.SMS);
	}

	@Test
	void offerGoesOnlyByEmailToAClientWithoutSmsConsent() {
		WaitlistOfferMade offer = withoutSmsConsent(WaitlistOfferMother.offer(SEAL, NOW, "ewa@example.com"));

		assertThat(WaitlistOfferMessages.channels(offer, NOW)).containsExactly(Channel.EMAIL);
	}

	@Test
	void offerReachingNoChannelGoesNowhere() {
		WaitlistOfferMade offer = withoutSmsConsent(WaitlistOfferMother.offer(SEAL, NOW, null));

		assertThat(WaitlistOfferMessages.channels(offer, NOW)).isEmpty();
	}

	@Test
	void expiredOfferGoesNowhere() {
		WaitlistOfferMade offer = WaitlistOfferMother.offer(SEAL, NOW, "ewa@example.com");

		assertThat(WaitlistOfferMessages.channels(offer, offer.expiresAt().minusMillis(1))).hasSize(2);
		assertThat(WaitlistOfferMessages.channels(offer, offer.expiresAt())).isEmpty();
		assertThat(WaitlistOfferMessages.channels(offer, offer.expiresAt().plusSeconds(60))).isEmpty();
	}

	private static WaitlistOfferMade withoutSmsConsent(WaitlistOfferMade offer) {
		ClientSnapshot client = offer.client();
		ClientSnapshot noSms = new ClientSnapshot(client.clientId(), client.name(), client.phone(), client.email(),
				new Consents(false, false, false), client.tags(), client.language());
		return new WaitlistOfferMade(offer.offerId(), offer.bookingId(), offer.waitlistEntryId(), offer.offered(),
				noSms, offer.claimUrl(), offer.expiresAt(), offer.offeredAt());
	}

}
