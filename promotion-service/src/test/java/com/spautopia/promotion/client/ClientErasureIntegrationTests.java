package com.spautopia.promotion.client;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.spautopia.events.Channel;
import com.spautopia.events.ClientSnapshot;
import com.spautopia.events.Money;
import com.spautopia.events.booking.ClientErased;
import com.spautopia.events.notification.ClientOptedOut;
import com.spautopia.promotion.fixtures.AppointmentMother;
import com.spautopia.promotion.fixtures.ClientMother;
import com.spautopia.promotion.fixtures.IntegrationTestSupport;
import com.spautopia.promotion.offer.Offer;
import com.spautopia.promotion.offer.Offers;
import com.spautopia.promotion.offer.Offers.OfferCounts;
import com.spautopia.testsupport.time.WallClock;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;

import static com.spautopia.promotion.fixtures.AppointmentMother.appointment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * ClientErased leaves no name, phone number or email of the client in the client view,
 * the offers or the opt-outs, keeps visits and the campaigns' stats, and a redelivery or
 * a late appointment event brings nothing back.
 */
class ClientErasureIntegrationTests extends IntegrationTestSupport {

	private static final Money PAID = Money.of("220.00", "PLN");

	@Autowired
	private ClientViews clients;

	@Autowired
	private ConsentChanges consents;

	@Autowired
	private Offers offers;

	@Autowired
	private MongoOperations mongo;

	@Test
	void erasureLeavesNoPersonalDataAndKeepsTheStats() {
		ClientSnapshot client = ClientMother.consenting("client-" + UUID.randomUUID(), "desk-worker");
		AppointmentMother visit = appointment(client).startingAt("2030-03-05T10:00:00+01:00");
		String campaignId = "campaign-" + UUID.randomUUID();
		this.events.send(visit.requested(), visit.completed(PAID));
		await().atMost(TIMEOUT)
			.until(() -> this.clients.findById(client.clientId()).map(ClientView::visits).orElse(0) == 1);
		this.mongo.insert(redeemedOffer(campaignId, client, visit.bookingId()));
		this.events.send(new ClientOptedOut(client.phone(), Channel.EMAIL, "unsubscribe", WallClock.now()));
		await().atMost(TIMEOUT).until(() -> !this.consents.optedOut(client.phone()).isEmpty());
		OfferCounts statsBefore = this.offers.counts(campaignId);

		this.events
			.send(new ClientErased(client.clientId(), client.phone(), List.of(visit.bookingId()), WallClock.now()));

		await().atMost(TIMEOUT).untilAsserted(() -> {
			assertThat(held(client)).doesNotContain(client.phone().substring(1), client.email(), client.name());
			assertThat(this.consents.optedOut(client.phone())).isEmpty();
		});
		ClientView erased = this.clients.findById(client.clientId()).orElseThrow();
		assertThat(erased.name()).isEqualTo("Erased client");
		assertThat(erased.consents().marketingSms()).isFalse();
		assertThat(erased.visits()).isEqualTo(1);
		assertThat(this.offers.counts(campaignId)).isEqualTo(statsBefore);
	}

	@Test
	void aRedeliveredErasureOrALateAppointmentEventBringsNothingBack() {
		ClientSnapshot client = ClientMother.consenting("client-" + UUID.randomUUID());
		AppointmentMother visit = appointment(client).startingAt("2030-03-05T10:00:00+01:00");
		ClientErased erasure = new ClientErased(client.clientId(), client.phone(), List.of(visit.bookingId()),
				WallClock.now());
		this.events.send(visit.requested());
		awaitEvaluation(visit.bookingId());
		this.events.send(erasure);
		await().atMost(TIMEOUT).untilAsserted(() -> assertThat(held(client)).doesNotContain(client.email()));

		this.events.send(erasure);
		this.events.send(visit.completed(PAID));
		awaitHandled(visit);

		assertThat(held(client)).doesNotContain(client.phone().substring(1), client.email(), client.name());
		assertThat(this.clients.findById(client.clientId()).orElseThrow().visits()).isEqualTo(1);
	}

	private String held(ClientSnapshot client) {
		return String.valueOf(this.mongo.findById(client.clientId(), Document.class, "clients"))
				+ this.mongo.find(org.springframework.data.mongodb.core.query.Query
					.query(org.springframework.data.mongodb.core.query.Criteria.where("client.clientId")
						.is(client.clientId())), Document.class, "offers");
	}

	private static Offer redeemedOffer(String campaignId, ClientSnapshot client, String bookingId) {
		Instant issued = Instant.parse("2030-03-01T10:00:00Z");
		return new Offer(Offer.campaignOfferId(campaignId, client.clientId()), UUID.randomUUID().toString(), campaignId,
				"promotion-" + UUID.randomUUID(), client, Set.of(Channel.SMS), "10% off", "SPRING10", false,
				Instant.parse("2030-04-01T10:00:00Z"), issued, false, issued, issued,
				Instant.parse("2030-03-05T11:00:00Z"), bookingId, PAID, null, false, null);
	}

}
