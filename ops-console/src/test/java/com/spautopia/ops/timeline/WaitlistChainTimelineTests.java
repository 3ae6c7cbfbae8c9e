package com.spautopia.ops.timeline;

import java.time.Duration;
import java.time.Instant;

import com.spautopia.events.ClientSnapshot;
import com.spautopia.events.booking.WaitlistOfferEnded.Outcome;
import com.spautopia.events.booking.WaitlistOfferMade;
import com.spautopia.ops.Bookings;
import com.spautopia.ops.OpsConsoleTest;
import com.spautopia.ops.TestEvents;
import com.spautopia.testsupport.time.WallClock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A freed slot's chain on the timeline of the cancelled booking: cancelled, freed,
 * offered to A (masked), expired, offered to B, claimed, with the booking the claim made;
 * that booking's timeline starts with the claim. Claim links are never shown.
 */
@OpsConsoleTest
class WaitlistChainTimelineTests {

	private static final String SLOT_FREED = "com.spautopia.booking.SlotFreed.v1";

	private static final String OFFER_MADE = "com.spautopia.booking.WaitlistOfferMade.v1";

	private static final String OFFER_ENDED = "com.spautopia.booking.WaitlistOfferEnded.v1";

	@Autowired
	private MockMvcTester mvc;

	@Value("${spring.cloud.stream.kafka.binder.brokers}")
	private String brokers;

	@Value("${spa.kafka.topic-prefix}")
	private String topicPrefix;

	@Test
	void theCancelledBookingShowsTheChainOfItsFreedSlotAndLeadsToTheBookingThatFilledIt() throws Exception {
		String freed = Bookings.newId();
		String filled = Bookings.newId();
		ClientSnapshot first = Bookings.ada("client-" + freed + "-a");
		ClientSnapshot second = Bookings.ada("client-" + freed + "-b");
		Instant t = WallClock.now();
		WaitlistOfferMade toFirst = Bookings.offerMade(freed, first, t.plusSeconds(2));
		WaitlistOfferMade toSecond = Bookings.offerMade(freed, second, t.plus(Duration.ofMinutes(17)));
		try (TestEvents events = new TestEvents(this.brokers, this.topicPrefix)) {
			events.send(Bookings.cancelled(freed, t), t);
			events.send(Bookings.slotFreed(freed, t.plusSeconds(1)), t.plusSeconds(1));
			events.send(toFirst, t.plusSeconds(2));
			events.send(Bookings.offerEnded(toFirst, Outcome.EXPIRED, null, toFirst.expiresAt()), toFirst.expiresAt());
			events.send(toSecond, toSecond.offeredAt());
			Instant claimed = toSecond.offeredAt().plus(Duration.ofMinutes(3));
			events.send(Bookings.offerEnded(toSecond, Outcome.CLAIMED, filled, claimed), claimed);
			events.send(Bookings.fillingRequested(filled, freed, second, claimed.plusMillis(1)), claimed.plusMillis(1));
			events.send(Bookings.confirmed(filled, second, claimed.plusSeconds(1)), claimed.plusSeconds(1));
		}

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(this.mvc.get().uri("/api/ops/bookings/{id}/timeline", freed)).bodyJson()
				.extractingPath("$[*].type")
				.asArray()
				.containsExactly("com.spautopia.booking.AppointmentCancelled.v1", SLOT_FREED, OFFER_MADE, OFFER_ENDED,
						OFFER_MADE, OFFER_ENDED));
		assertThat(this.mvc.get().uri("/api/ops/bookings/{id}/timeline", freed)).bodyJson()
			.extractingPath("$[?(@.type == '" + OFFER_ENDED + "')].data.outcome")
			.asArray()
			.containsExactly("EXPIRED", "CLAIMED");
		assertThat(this.mvc.get().uri("/api/ops/bookings/{id}/timeline", freed)).bodyJson()
			.extractingPath("$[?(@.type == '" + OFFER_MADE + "')].data.client.clientId")
			.asArray()
			.containsExactly(first.clientId(), second.clientId());
		assertThat(this.mvc.get().uri("/api/ops/bookings/{id}/timeline", freed)).bodyJson()
			.extractingPath("$[?(@.type == '" + OFFER_ENDED + "')].relatedBookingId")
			.asArray()
			.as("only the claim is filed under the booking it made")
			.containsExactly(null, filled);
		String timeline = this.mvc.get()
			.uri("/api/ops/bookings/{id}/timeline", freed)
			.exchange()
			.getResponse()
			.getContentAsString();
		assertThat(timeline).contains("+48 *** *** 567", "a***@example.com", "Back Pain Massage for Desk Workers")
			.doesNotContain("601234567", "ada@example.com", "Ada Lovelace", "claimUrl", "sealed:",
					"secret-claim-token");

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(this.mvc.get().uri("/api/ops/bookings/{id}/timeline", filled)).bodyJson()
				.extractingPath("$[*].type")
				.asArray()
				.containsExactly(OFFER_ENDED, "com.spautopia.booking.AppointmentRequested.v1",
						"com.spautopia.booking.AppointmentConfirmed.v1"));
		assertThat(this.mvc.get().uri("/api/ops/bookings/{id}/timeline", filled)).bodyJson()
			.extractingPath("$[?(@.type == 'com.spautopia.booking.AppointmentRequested.v1')].data.fillsSlotFreedBy")
			.asArray()
			.containsExactly(freed);
	}

}
