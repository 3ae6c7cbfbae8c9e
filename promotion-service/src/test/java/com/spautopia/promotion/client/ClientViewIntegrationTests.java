package com.spautopia.promotion.client;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import com.spautopia.events.Channel;
import com.spautopia.events.ClientSnapshot;
import com.spautopia.events.KafkaEventMessage;
import com.spautopia.events.Money;
import com.spautopia.events.Topics;
import com.spautopia.events.ClientSnapshot.Consents;
import com.spautopia.events.booking.ClientConsentsChanged;
import com.spautopia.events.notification.ClientOptedIn;
import com.spautopia.events.notification.ClientOptedOut;
import com.spautopia.promotion.fixtures.AppointmentMother;
import com.spautopia.promotion.fixtures.ClientMother;
import com.spautopia.promotion.fixtures.EventTap;
import com.spautopia.promotion.fixtures.IntegrationTestSupport;
import com.spautopia.testsupport.time.WallClock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.spautopia.promotion.fixtures.AppointmentMother.appointment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ClientViewIntegrationTests extends IntegrationTestSupport {

	private static final Money PAID = Money.of("220.00", "PLN");

	@Autowired
	private ClientViews clients;

	@Autowired
	private ConsentChanges consents;

	@Test
	void buildsTheClientViewFromAppointmentEventsCountingEachOnce() {
		ClientSnapshot client = ClientMother.consenting("client-" + UUID.randomUUID(), "desk-worker");
		AppointmentMother backPain = appointment(client).treatment("back-pain-desk-workers", "220.00")
			.startingAt("2030-03-05T10:00:00+01:00");
		AppointmentMother sports = appointment(client).treatment("sports", "210.00")
			.startingAt("2030-04-02T10:00:00+02:00");
		AppointmentMother missed = appointment(client).startingAt("2030-04-20T10:00:00+02:00");

		this.events.send(backPain.requested(), backPain.completed(PAID), sports.completed(PAID), missed.noShow(),
				backPain.completed(PAID), missed.noShow());

		await().atMost(TIMEOUT).untilAsserted(() -> {
			// an assertion, not orElseThrow: Awaitility retries only failed assertions
			ClientView view = this.clients.findById(client.clientId()).orElse(null);
			assertThat(view).as("client view").isNotNull();
			assertThat(view.visits()).isEqualTo(2);
			assertThat(view.noShows()).isEqualTo(1);
			assertThat(view.treatments()).containsExactlyInAnyOrder("back-pain-desk-workers", "sports");
			assertThat(view.lastVisitAt()).isEqualTo(Instant.parse("2030-04-02T08:00:00Z"));
			assertThat(view.tags()).containsExactly("desk-worker");
			assertThat(view.phone()).isEqualTo(client.phone());
			assertThat(view.consents().marketingSms()).isTrue();
		});
	}

	@Test
	void takesAMarketingConsentTheClientConfirmedAtBookingServiceUnlessANewerEventSaidOtherwise() {
		ClientSnapshot asked = ClientMother.withoutMarketingConsent("client-" + UUID.randomUUID()).withLanguage("pl");
		AppointmentMother booked = appointment(asked);
		OffsetDateTime requestedAt = WallClock.now().atOffset(ZoneOffset.UTC);
		this.events.sendMessages(List.of(this.events.encode(booked.requested(), requestedAt)));
		await().atMost(TIMEOUT).until(() -> this.clients.findById(asked.clientId()).isPresent());

		this.events.sendMessages(
				List.of(this.events.encode(new ClientConsentsChanged(asked.clientId(), new Consents(true, true, true),
						"manage link of booking " + booked.bookingId()
								+ ": marketing confirmed by the client (double opt-in)",
						requestedAt.plusMinutes(5).toInstant()), requestedAt.plusMinutes(5))));
		await().atMost(TIMEOUT)
			.untilAsserted(() -> assertThat(this.clients.findById(asked.clientId()).orElseThrow().consents())
				.isEqualTo(new Consents(true, true, true)));
		assertThat(this.clients.findById(asked.clientId()).orElseThrow().snapshot().language())
			.as("offers go out in the language the client chose")
			.isEqualTo("pl");

		// a snapshot older than the change, consumed after it (booking events are on
		// other partitions than client events): changes nothing
		this.events.sendMessages(List.of(this.events.encode(booked.requested(), requestedAt.plusMinutes(1))));
		await().during(Duration.ofSeconds(2))
			.atMost(TIMEOUT)
			.untilAsserted(() -> assertThat(this.clients.findById(asked.clientId()).orElseThrow().consents())
				.isEqualTo(new Consents(true, true, true)));
	}

	@Test
	void recordsOptOutsAndOptInsByPhone() {
		String phone = ClientMother.consenting("client-" + UUID.randomUUID()).phone();

		this.events.send(new ClientOptedOut(phone, Channel.SMS, "STOP", Instant.parse("2030-05-01T10:00:00Z")));
		await().atMost(TIMEOUT).until(() -> this.consents.optedOut(phone).contains(Channel.SMS));

		this.events.send(new ClientOptedIn(phone, Channel.SMS, "START", Instant.parse("2030-05-02T10:00:00Z")));
		await().atMost(TIMEOUT).until(() -> this.consents.optedOut(phone).isEmpty());
	}

	@Test
	void deadLettersAMalformedNotificationEventAndKeepsReadingTheTopic() {
		String phone = ClientMother.consenting("client-" + UUID.randomUUID()).phone();
		KafkaEventMessage optOut = this.events
			.encode(new ClientOptedOut(phone, Channel.EMAIL, "unsubscribe", Instant.parse("2030-05-01T10:00:00Z")));
		byte[] malformed = "{\"phone\":\"\"}".getBytes(StandardCharsets.UTF_8);
		String deadLetters = this.topicPrefix + Topics.NOTIFICATION_EVENTS + ".promotion-service.dlq";

		try (EventTap dlq = EventTap.fromBeginning(this.brokers, deadLetters)) {
			this.events.sendMessages(
					List.of(new KafkaEventMessage(optOut.topic(), optOut.key(), optOut.headers(), malformed), optOut));

			await().atMost(TIMEOUT).until(() -> this.consents.optedOut(phone).contains(Channel.EMAIL));
			await().atMost(TIMEOUT)
				.untilAsserted(() -> assertThat(dlq.records())
					.anySatisfy((record) -> assertThat(record.value()).isEqualTo(malformed)));
		}
	}

}
