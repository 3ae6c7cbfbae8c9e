package com.spautopia.ops.timeline;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.spautopia.events.ClientSnapshot;
import com.spautopia.events.SpaEvent;
import com.spautopia.ops.Bookings;
import com.spautopia.ops.ConsoleClockAndQueries;
import com.spautopia.ops.OpsConsoleTest;
import com.spautopia.ops.TestEvents;
import com.spautopia.testsupport.mongo.IndexUse;
import com.spautopia.testsupport.mongo.QueryLog;
import com.spautopia.testsupport.time.TestClock;
import com.spautopia.testsupport.time.WallClock;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What the console keeps of the personal data in events: what operators need, contact
 * data masked, no manage link; nothing of it after the client is erased; nothing at all
 * after the retention period.
 */
@OpsConsoleTest
class PersonalDataInTimelineTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private MongoTemplate mongo;

	@Autowired
	private TestClock clock;

	@Autowired
	private EventRetention retention;

	@Autowired
	private QueryLog queries;

	@Autowired
	private MongoMappingContext mappingContext;

	@Value("${spring.cloud.stream.kafka.binder.brokers}")
	private String brokers;

	@Value("${spa.kafka.topic-prefix}")
	private String topicPrefix;

	@Test
	void keepsWhatOperatorsNeedWithContactDataMaskedAndNoManageLink() throws Exception {
		String bookingId = Bookings.newId();
		ClientSnapshot client = Bookings.ada("client-" + UUID.randomUUID());
		publish(Bookings.requested(bookingId, client, WallClock.now()),
				Bookings.confirmed(bookingId, client, WallClock.now().plusSeconds(1)));

		String timeline = awaitTimeline(bookingId, 2);

		assertThat(timeline).contains("+48 *** *** 567", "a***@example.com", client.clientId(),
				"back-pain-desk-workers", "therapist-1", "Maria Nowak", "EVALUATED", "confirmedAt");
		assertThat(timeline).doesNotContain("601234567", "ada@example.com", "Ada Lovelace", "manage",
				"secret-manage-token");
		String stored = this.mongo.getCollection("events")
			.find(new Document("bookingId", bookingId))
			.into(new ArrayList<>())
			.toString();
		assertThat(stored).contains("+48 *** *** 567")
			.doesNotContain("601234567", "ada@example.com", "Ada Lovelace", "manage", "secret-manage-token");
	}

	@Test
	void erasesTheContactDataKeptForAnErasedClientAndTheirBookings() throws Exception {
		String bookingId = Bookings.newId();
		ClientSnapshot client = Bookings.ada("client-" + UUID.randomUUID());
		Instant now = WallClock.now();
		publish(Bookings.requested(bookingId, client, now), Bookings.confirmed(bookingId, client, now.plusSeconds(1)));
		awaitTimeline(bookingId, 2);

		publish(Bookings.erased(client, List.of(bookingId), now.plusSeconds(2)));

		await().atMost(TIMEOUT)
			.untilAsserted(
					() -> assertThat(this.mvc.get().uri("/api/ops/clients/{id}/timeline", client.clientId())).bodyText()
						.contains("ClientErased")
						.doesNotContain("***"));
		assertThat(this.mvc.get().uri("/api/ops/bookings/{id}/timeline", bookingId)).bodyText()
			.doesNotContain("***", "example.com")
			.contains("back-pain-desk-workers", "AppointmentConfirmed");

		// an event of theirs that arrives after the erasure keeps no contact data either
		String lateBooking = Bookings.newId();
		publish(Bookings.requested(lateBooking, client, now.plusSeconds(3)));
		assertThat(awaitTimeline(lateBooking, 1)).contains(client.clientId()).doesNotContain("***", "example.com");
	}

	@Test
	void purgesEventsPastTheRetentionPeriodWithAQueryAnIndexServes() throws Exception {
		String oldBooking = Bookings.newId();
		String recentBooking = Bookings.newId();
		try {
			publish(Bookings.requested(oldBooking, WallClock.now()));
			awaitTimeline(oldBooking, 1);
			this.clock.advance(Duration.ofDays(89));
			publish(Bookings.requested(recentBooking, WallClock.now()));
			awaitTimeline(recentBooking, 1);
			this.clock.advance(Duration.ofDays(2));

			long purged = this.queries.recording(() -> this.retention.purge());

			assertThat(purged).isPositive();
			assertThat(this.mvc.get().uri("/api/ops/bookings/{id}/timeline", oldBooking)).bodyJson()
				.extractingPath("$")
				.asArray()
				.isEmpty();
			assertThat(this.mvc.get().uri("/api/ops/bookings/{id}/timeline", recentBooking)).bodyJson()
				.extractingPath("$")
				.asArray()
				.hasSize(1);
		}
		finally {
			this.clock.reset();
		}
		Map<String, String> unserved = new LinkedHashMap<>();
		List<IndexUse.Index> indexes = ConsoleClockAndQueries.declaredIndexes(this.mappingContext);
		this.queries.queries()
			.stream()
			.filter((query) -> query.collection().equals("events"))
			.forEach((query) -> IndexUse.unserved(query, indexes)
				.ifPresent((reason) -> unserved.put(query.shape(), reason)));
		assertThat(this.queries.queries()).extracting(QueryLog.Query::shape).contains("delete events [indexedAt]");
		assertThat(unserved).as("queries of indexed events no declared index serves").isEmpty();
	}

	private void publish(SpaEvent... events) {
		try (TestEvents publisher = new TestEvents(this.brokers, this.topicPrefix)) {
			for (SpaEvent event : events) {
				publisher.send(event, WallClock.now());
			}
		}
	}

	private String awaitTimeline(String bookingId, int events) throws Exception {
		await().atMost(TIMEOUT)
			.untilAsserted(
					() -> assertThat(this.mvc.get().uri("/api/ops/bookings/{id}/timeline", bookingId)).hasStatusOk()
						.bodyJson()
						.extractingPath("$")
						.asArray()
						.hasSize(events));
		return this.mvc.get()
			.uri("/api/ops/bookings/{id}/timeline", bookingId)
			.exchange()
			.getResponse()
			.getContentAsString();
	}

}
