package com.spautopia.booking.operations;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.spautopia.booking.BookingApi;
import com.spautopia.booking.QueryRecording;
import com.spautopia.booking.outbox.Outbox;
import com.spautopia.events.ClientSnapshot.Consents;
import com.spautopia.events.booking.ClientConsentsChanged;
import com.spautopia.testsupport.infra.SpaInfrastructureTest;
import com.spautopia.testsupport.mongo.IndexUse;
import com.spautopia.testsupport.mongo.IndexUse.Index;
import com.spautopia.testsupport.mongo.QueryLog;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import static com.spautopia.booking.BookingApi.bookingJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every query booking-service runs on a schedule (the outbox relay, the pricing timeout,
 * the hold sweeper, the booking metrics) and every query of the outbox gauges operators
 * scrape is served by an index the service declares, as real MongoDB would serve it (the
 * embedded server here scans anyway, so only this check can tell). Same context as
 * {@link OperationsIntegrationTest}.
 */
@SpaInfrastructureTest
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spa.booking.pricing-timeout=5m", "spa.outbox.poll-interval=100ms",
				"spa.booking.metrics-interval=200ms" })
@Import(QueryRecording.class)
class ScheduledQueriesIndexIntegrationTest {

	@LocalServerPort
	int port;

	@Autowired
	QueryLog scheduledQueries;

	@Autowired
	MongoMappingContext mappingContext;

	@Autowired
	MeterRegistry meters;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	Outbox outbox;

	@Autowired
	Clock clock;

	@Test
	void everyScheduledQueryIsServedByADeclaredIndex() {
		BookingApi api = new BookingApi(this.port);
		String start = api.firstFreeSlot("back-pain-desk-workers", null).get("start").asText();
		BookingApi.Response booked = api.post("/api/bookings",
				bookingJson("back-pain-desk-workers", start, "Ada Lovelace", "601100501"), null);
		assertThat(booked.status()).isEqualTo(201);
		// an event left waiting by a write that did not wake the relay (as another
		// instance's would): only the relay's poll, looking for every waiting event,
		// finds it
		String bookingId = booked.json().path("id").asText();
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(bookingId)),
				Outbox.append(new Update(),
						this.outbox.entry(new ClientConsentsChanged("client-of-" + bookingId,
								new Consents(true, false, false), "scheduled queries test", this.clock.instant()),
								this.clock.instant())),
				"bookings");
		// the relay publishes the booking's events, the pricing timeout looks for overdue
		// bookings, the metrics count
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(
					() -> assertThat(shapes().keySet()).contains("find bookings [outboxSince] sort [outboxSince]",
							"find bookings [status, publishedAt]", "aggregate bookings [status]"));
		this.scheduledQueries.recording(() -> List.of(this.meters.get("spa.outbox.backlog").gauge().value(),
				this.meters.get("spa.outbox.oldest.age").gauge().value(),
				this.meters.get("spa.outbox.quarantined").gauge().value()));

		List<Index> indexes = QueryRecording.declaredIndexes(this.mappingContext);
		Map<String, String> unserved = new LinkedHashMap<>();
		shapes().forEach((shape, query) -> IndexUse.unserved(query, indexes)
			.ifPresent((reason) -> unserved.put(shape + " (" + query.thread() + ")", reason)));

		assertThat(shapes()).as("the hold sweeper's query, run at start-up")
			.containsKey("find schedule_days [date, reservations.heldAt]");
		assertThat(unserved).as("scheduled queries no declared index serves").isEmpty();
	}

	private Map<String, QueryLog.Query> shapes() {
		Map<String, QueryLog.Query> shapes = new LinkedHashMap<>();
		this.scheduledQueries.queries().forEach((query) -> shapes.putIfAbsent(query.shape(), query));
		return shapes;
	}

}
