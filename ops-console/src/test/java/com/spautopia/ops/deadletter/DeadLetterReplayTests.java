package com.spautopia.ops.deadletter;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import com.spautopia.ops.BookingConsumer;
import com.spautopia.ops.Bookings;
import com.spautopia.ops.OpsConsoleTest;
import com.spautopia.ops.TestEvents;
import com.spautopia.testsupport.security.TestTokens;
import com.spautopia.testsupport.time.WallClock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@OpsConsoleTest
class DeadLetterReplayTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private BookingConsumer consumer;

	@Value("${spring.cloud.stream.kafka.binder.brokers}")
	private String brokers;

	@Value("${spa.kafka.topic-prefix}")
	private String topicPrefix;

	@Test
	void replayedDeadLetterReachesTheConsumerOnceEvenIfReplayIsRequestedTwice() throws Exception {
		String dlq = this.topicPrefix + "spa.booking.events.test-service.dlq";
		String eventId = publishPoisonedEvent();
		DeadLetterPosition letter = awaitDeadLetter(dlq, eventId);
		assertThat(this.consumer.timesHandled(eventId)).isZero();

		this.consumer.heal(eventId);
		assertThat(this.mvc.post()
			.uri("/api/ops/dead-letters/{topic}/{partition}/{offset}/replay", dlq, letter.partition(), letter.offset()))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.outcome")
			.isEqualTo("REPLAYED");
		assertThat(this.mvc.post()
			.uri("/api/ops/dead-letters/{topic}/{partition}/{offset}/replay", dlq, letter.partition(), letter.offset()))
			.hasStatus(409)
			.bodyJson()
			.extractingPath("$.outcome")
			.isEqualTo("ALREADY_HANDLED");
		assertThat(this.mvc.post().uri("/api/ops/dead-letters/{topic}/replay", dlq)).hasStatusOk()
			.bodyJson()
			.extractingPath("$[?(@.id == '" + dlq + "/" + letter.partition() + "/" + letter.offset() + "')]")
			.asArray()
			.isEmpty();

		await().atMost(TIMEOUT).until(() -> this.consumer.timesHandled(eventId) == 1);
		await().during(Duration.ofSeconds(3))
			.atMost(Duration.ofSeconds(5))
			.until(() -> this.consumer.timesHandled(eventId) == 1);
		assertThat(this.mvc.get().uri("/api/ops/dead-letters/{topic}", dlq)).hasStatusOk()
			.bodyJson()
			.extractingPath("$[?(@.eventId == '" + eventId + "')]")
			.asArray()
			.isEmpty();
	}

	@Test
	void listsDeadLettersWithTheirOriginAndErrorAndHidesDiscardedOnes() throws Exception {
		String dlq = this.topicPrefix + "spa.booking.events.test-service.dlq";
		String eventId = publishPoisonedEvent();
		DeadLetterPosition letter = awaitDeadLetter(dlq, eventId);

		assertThat(this.mvc.get().uri("/api/ops/dead-letters")).hasStatusOk()
			.bodyJson()
			.extractingPath("$")
			.asArray()
			.contains(dlq);
		assertThat(this.mvc.get().uri("/api/ops/dead-letters/{topic}", dlq)).bodyJson()
			.extractingPath("$[?(@.eventId == '" + eventId + "')].originalTopic")
			.asArray()
			.containsExactly(this.topicPrefix + "spa.booking.events");
		assertThat(this.mvc.get().uri("/api/ops/dead-letters/{topic}", dlq)).bodyJson()
			.extractingPath("$[?(@.eventId == '" + eventId + "')].error")
			.asArray()
			.singleElement()
			.asString()
			.contains("Cannot handle event " + eventId);

		assertThat(this.mvc.post()
			.uri("/api/ops/dead-letters/{topic}/{partition}/{offset}/discard", dlq, letter.partition(),
					letter.offset()))
			.hasStatusOk();
		assertThat(this.mvc.get().uri("/api/ops/dead-letters/{topic}", dlq)).bodyJson()
			.extractingPath("$[?(@.eventId == '" + eventId + "')]")
			.asArray()
			.isEmpty();
		assertThat(this.mvc.post()
			.uri("/api/ops/dead-letters/{topic}/{partition}/{offset}/replay", dlq, letter.partition(), letter.offset()))
			.hasStatus(409);
	}

	@Test
	void recordsWhichOperatorReplayedOrDiscardedEachMessageAndWhen() throws Exception {
		String dlq = this.topicPrefix + "spa.booking.events.test-service.dlq";
		String replayedId = publishPoisonedEvent();
		String discardedId = publishPoisonedEvent();
		DeadLetterPosition replayed = awaitDeadLetter(dlq, replayedId);
		DeadLetterPosition discarded = awaitDeadLetter(dlq, discardedId);
		Instant before = WallClock.now();

		this.consumer.heal(replayedId);
		assertThat(this.mvc.post()
			.uri("/api/ops/dead-letters/{topic}/{partition}/{offset}/replay", dlq, replayed.partition(),
					replayed.offset()))
			.hasStatusOk();
		// another operator: the token's subject names the caller
		assertThat(this.mvc.post()
			.uri("/api/ops/dead-letters/{topic}/{partition}/{offset}/discard", dlq, discarded.partition(),
					discarded.offset())
			.header("Authorization", TestTokens.bearer(TestTokens.withRoles("operator", "staff")))).hasStatusOk();
		Instant after = WallClock.now();

		String body = this.mvc.get()
			.uri("/api/ops/dead-letters/{topic}?all=true", dlq)
			.exchange()
			.getResponse()
			.getContentAsString();
		assertThat(JsonPath.<List<String>>read(body, "$[?(@.eventId == '" + replayedId + "')].handled"))
			.containsExactly("REPLAYED");
		assertThat(JsonPath.<List<String>>read(body, "$[?(@.eventId == '" + replayedId + "')].handledBy"))
			.containsExactly("test-operator");
		assertThat(JsonPath.<List<String>>read(body, "$[?(@.eventId == '" + discardedId + "')].handled"))
			.containsExactly("DISCARDED");
		assertThat(JsonPath.<List<String>>read(body, "$[?(@.eventId == '" + discardedId + "')].handledBy"))
			.containsExactly("test-operator-staff");
		for (String eventId : List.of(replayedId, discardedId)) {
			List<String> at = JsonPath.read(body, "$[?(@.eventId == '" + eventId + "')].handledAt");
			assertThat(at).singleElement()
				.satisfies((time) -> assertThat(Instant.parse(time)).isBetween(before.truncatedTo(ChronoUnit.MILLIS),
						after));
		}
		// the console's script (a file of its own: the pages' CSP allows no inline
		// script)
		// shows who handled each message and when
		assertThat(this.mvc.get().uri("/ops/ops.js")).bodyText().contains("handledBy", "handledAt");
	}

	private String publishPoisonedEvent() {
		String bookingId = Bookings.newId();
		String eventId = "event-" + bookingId;
		this.consumer.poison(eventId);
		try (TestEvents events = new TestEvents(this.brokers, this.topicPrefix)) {
			Instant now = WallClock.now();
			events.send(Bookings.requested(bookingId, now), eventId, now);
		}
		return eventId;
	}

	private DeadLetterPosition awaitDeadLetter(String dlq, String eventId) throws Exception {
		String path = "$[?(@.eventId == '" + eventId + "')]";
		await().atMost(TIMEOUT)
			.untilAsserted(() -> assertThat(this.mvc.get().uri("/api/ops/dead-letters/{topic}", dlq)).hasStatusOk()
				.bodyJson()
				.extractingPath(path)
				.asArray()
				.hasSize(1));
		String body = this.mvc.get()
			.uri("/api/ops/dead-letters/{topic}", dlq)
			.exchange()
			.getResponse()
			.getContentAsString();
		List<Number> partitions = JsonPath.read(body, path + ".partition");
		List<Number> offsets = JsonPath.read(body, path + ".offset");
		int partition = partitions.get(0).intValue();
		long offset = offsets.get(0).longValue();
		return new DeadLetterPosition(partition, offset);
	}

	private record DeadLetterPosition(int partition, long offset) {
	}

}
