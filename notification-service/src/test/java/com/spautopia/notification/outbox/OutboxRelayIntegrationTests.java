package com.spautopia.notification.outbox;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.spautopia.events.Channel;
import com.spautopia.events.EventCodec;
import com.spautopia.events.notification.ClientOptedIn;
import com.spautopia.notification.AppointmentConfirmedMother;
import com.spautopia.notification.NotificationIntegrationTest;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.IndexInfo;
import org.springframework.data.mongodb.core.query.Update;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * The outbox relay: one instance at a time publishes, it finds pending documents by an
 * indexed flag, and an unreadable entry is quarantined instead of blocking the rest.
 */
class OutboxRelayIntegrationTests extends NotificationIntegrationTest {

	@Autowired
	private MongoOperations mongo;

	@Autowired
	private EventCodec codec;

	@Autowired
	private RelayLeases leases;

	@Test
	void anUnreadableEntryIsQuarantinedAndTheEventsAfterItArePublished() {
		String phone = AppointmentConfirmedMother.uniquePhone();
		ClientOptedIn event = new ClientOptedIn(phone, Channel.SMS, "START", this.clock.instant());
		Document unreadable = new Document("eventId", UUID.randomUUID().toString()).append("type", "NoSuchEvent")
			.append("data", "{")
			.append("occurredAt", Date.from(this.clock.instant()));
		Document readable = OutboxEntry.of(UUID.randomUUID().toString(), event, this.codec, this.clock.instant())
			.toDocument();
		// two writes, as two changes of the number would push them
		this.mongo.upsert(query(where("_id").is(phone)), OutboxEntry.push(new Update(), unreadable), "phones");
		this.mongo.updateFirst(query(where("_id").is(phone)), OutboxEntry.push(new Update(), readable), "phones");

		await().atMost(TIMEOUT).untilAsserted(() -> {
			Document stored = this.mongo.findById(phone, Document.class, "phones");
			assertThat(stored.getList(OutboxEntry.FIELD, Document.class, List.of())).isEmpty();
			assertThat(stored.get(OutboxEntry.PENDING)).isNull();
		});
		awaitNotificationEvent(ClientOptedIn.class, (published) -> published.phone().equals(phone));
		Document quarantined = this.mongo.findById(unreadable.getString("eventId"), Document.class,
				OutboxRelay.QUARANTINE);
		assertThat(quarantined).isNotNull().containsEntry("collection", "phones");
	}

	@Test
	void pendingDocumentsAreFoundThroughAnIndex() {
		for (String collection : OutboxRelay.COLLECTIONS) {
			assertThat(this.mongo.indexOps(collection).getIndexInfo()).extracting(IndexInfo::getName)
				.contains(OutboxEntry.PENDING);
		}
	}

	@Test
	void finishedNotificationsAreKeptForTheRetentionPeriodOnly() {
		assertThat(this.mongo.indexOps("notifications").getIndexInfo())
			.filteredOn((index) -> index.getName().equals("completedAt_ttl"))
			.singleElement()
			.satisfies((index) -> assertThat(index.getExpireAfter()).contains(Duration.ofDays(180)));
	}

	@Test
	void onlyOneRelayHoldsTheLeaseUntilItIsReleasedOrExpires() {
		String name = "relay-test-" + UUID.randomUUID();
		RelayLease first = this.leases.lease(name, Duration.ofSeconds(30));
		RelayLease second = this.leases.lease(name, Duration.ofSeconds(30));

		assertThat(first.hold()).isTrue();
		assertThat(second.hold()).isFalse();
		this.clock.setTo(this.clock.instant().plusSeconds(31));
		assertThat(second.hold()).isTrue();
		assertThat(first.hold()).isFalse();
		second.release();
		assertThat(first.hold()).isTrue();
	}

}
