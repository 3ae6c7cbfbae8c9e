package com.spautopia.booking.outbox;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import com.spautopia.booking.IdleRelayTest;
import com.spautopia.booking.BookingApi;
import com.spautopia.booking.EventTopics;
import com.spautopia.booking.lease.Leases;
import com.spautopia.events.EventCodec;
import com.spautopia.events.EventEnvelope;
import com.spautopia.events.SpaEvent;
import com.spautopia.events.Topics;
import com.spautopia.testsupport.time.TestClock;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static com.spautopia.booking.BookingApi.bookingJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Several instances of the service, each with its own relay, on one database: every event
 * is published once. The application's own relay is idle here (its poll interval is an
 * hour); the test runs relays of its own, as other instances would.
 */
@IdleRelayTest
class SeveralRelaysIntegrationTest {

	private static final Duration LEASE = Duration.ofSeconds(60);

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	StreamBridge streamBridge;

	@Autowired
	EventCodec codec;

	@Autowired
	Leases leases;

	@Autowired
	ObservationRegistry observations;

	@Autowired
	OutboxQuarantine quarantine;

	@Autowired
	TestClock clock;

	private final List<OutboxRelay> relays = new ArrayList<>();

	private EventTopics topics;

	@BeforeEach
	void connect() {
		this.clock.reset();
		this.topics = EventTopics.of(this.environment);
	}

	@AfterEach
	void stopRelays() {
		this.relays.forEach(OutboxRelay::stop);
		this.topics.close();
		this.clock.reset();
	}

	@Test
	void twoRelaysRacingForTheSameOutboxesPublishEachEventOnce() throws Exception {
		List<String> bookings = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			bookings.add(book("6011003" + (10 + i)));
		}
		OutboxRelay first = relay();
		OutboxRelay second = relay();

		CountDownLatch start = new CountDownLatch(1);
		List<Callable<Void>> instances = List.of(drain(first, start), drain(second, start));
		try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
			List<Future<Void>> running = new ArrayList<>();
			for (Callable<Void> instance : instances) {
				running.add(pool.submit(instance));
			}
			start.countDown();
			for (Future<Void> instance : running) {
				instance.get();
			}
		}

		await().atMost(Duration.ofSeconds(30))
			.during(Duration.ofSeconds(2))
			.until(() -> published(bookings).size() == bookings.size());
		Map<String, Long> timesPublished = published(bookings).stream()
			.collect(Collectors.groupingBy(EventEnvelope::id, Collectors.counting()));
		assertThat(timesPublished).hasSize(bookings.size()).allSatisfy((id, times) -> assertThat(times).isOne());
	}

	@Test
	void anotherRelayPublishesOnlyOnceTheHoldersLeaseHasExpired() {
		OutboxRelay holder = relay();
		String early = book("601100330");
		holder.publishPending();
		await().atMost(Duration.ofSeconds(30)).until(() -> published(List.of(early)).size() == 1);
		OutboxRelay standby = relay();
		// the holder dies without giving its lease up
		this.relays.remove(holder);
		String late = book("601100331");

		standby.publishPending();
		assertThat(hasPendingEvents(late)).isTrue();
		this.clock.advance(LEASE.plusSeconds(1));
		standby.publishPending();

		assertThat(hasPendingEvents(late)).isFalse();
		await().atMost(Duration.ofSeconds(30)).until(() -> published(List.of(late)).size() == 1);
	}

	private OutboxRelay relay() {
		OutboxRelay relay = new OutboxRelay(this.mongo, this.streamBridge, this.codec, this.leases,
				new OutboxProperties(Duration.ofMillis(100), LEASE, false, 8), this.observations, this.quarantine,
				this.clock);
		this.relays.add(relay);
		return relay;
	}

	/**
	 * An instance's relay running until no event waits, as its scheduler would.
	 */
	private Callable<Void> drain(OutboxRelay relay, CountDownLatch start) {
		return () -> {
			start.await();
			await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20)).until(() -> {
				relay.publishPending();
				return !this.mongo.exists(Query.query(Criteria.where("outbox.0").exists(true)), "bookings");
			});
			return null;
		};
	}

	private boolean hasPendingEvents(String bookingId) {
		return this.mongo.exists(Query.query(Criteria.where("_id").is(bookingId).and("outbox.0").exists(true)),
				"bookings");
	}

	private List<EventEnvelope<SpaEvent>> published(List<String> bookingIds) {
		return this.topics.events(Topics.BOOKING_EVENTS)
			.stream()
			.filter((event) -> bookingIds.contains(event.subject()))
			.toList();
	}

	private String book(String phone) {
		BookingApi api = new BookingApi(this.port);
		String start = api.firstFreeSlot("back-pain-desk-workers", null).get("start").asText();
		BookingApi.Response created = api.post("/api/bookings",
				bookingJson("back-pain-desk-workers", start, "Ada Lovelace", phone), null);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asText();
	}

}
