package com.spautopia.ops.deadletter;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import com.spautopia.ops.BookingConsumer;
import com.spautopia.ops.Bookings;
import com.spautopia.ops.OpsConsoleTest;
import com.spautopia.ops.TestEvents;
import com.spautopia.testsupport.time.TestClock;
import com.spautopia.testsupport.time.WallClock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * A replay's outcome is certain through both failures: a send whose answer the caller
 * never got (the copy landed anyway) is not published a second time, and a console that
 * died between claim and send has not marked the message replayed, which is replayed once
 * the first attempt can no longer land.
 */
@OpsConsoleTest
class ReplayExactlyOnceTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private BookingConsumer consumer;

	@Autowired
	private FaultyReplayPublisher publisher;

	@Autowired
	private DeadLetterReplays replays;

	@Autowired
	private TestClock clock;

	@Value("${spring.cloud.stream.kafka.binder.brokers}")
	private String brokers;

	@Value("${spa.kafka.topic-prefix}")
	private String topicPrefix;

	@Test
	void aReplayWhoseAnswerWasLostIsNotPublishedAgain() throws Exception {
		String dlq = dlq();
		String eventId = publishPoisonedEvent();
		long[] letter = awaitDeadLetter(dlq, eventId);
		this.consumer.heal(eventId);

		this.publisher.loseNextAnswer();
		assertThat(replay(dlq, letter)).hasStatus(503);
		await().atMost(TIMEOUT).until(() -> this.consumer.timesHandled(eventId) == 1);

		assertThat(replay(dlq, letter)).hasStatus(409)
			.bodyJson()
			.extractingPath("$.outcome")
			.isEqualTo("ALREADY_HANDLED");
		assertThat(this.mvc.post().uri("/api/ops/dead-letters/{topic}/replay", dlq)).hasStatusOk()
			.bodyJson()
			.extractingPath("$[?(@.id == '" + dlq + "/" + letter[0] + "/" + letter[1] + "')]")
			.asArray()
			.isEmpty();
		await().during(Duration.ofSeconds(3))
			.atMost(Duration.ofSeconds(5))
			.until(() -> this.consumer.timesHandled(eventId) == 1);
		assertThat(handled(dlq, eventId)).containsExactly("REPLAYED");
	}

	@Test
	void aReplayThatDiedBetweenClaimAndSendIsNotMarkedReplayedAndIsReplayedOnceLater() throws Exception {
		String dlq = dlq();
		String eventId = publishPoisonedEvent();
		long[] letter = awaitDeadLetter(dlq, eventId);
		this.consumer.heal(eventId);

		this.publisher.crashBeforeNextSend();
		assertThatThrownBy(() -> this.replays.replay(dlq, (int) letter[0], letter[1], "test-operator"))
			.isInstanceOf(FaultyReplayPublisher.ConsoleCrashed.class);

		// still listed, not replayed; while the first attempt might still land, no second
		assertThat(this.mvc.get().uri("/api/ops/dead-letters/{topic}", dlq)).bodyJson()
			.extractingPath("$[?(@.eventId == '" + eventId + "')].handled")
			.asArray()
			.containsExactly("REPLAYING");
		assertThat(replay(dlq, letter)).hasStatus(409)
			.bodyJson()
			.extractingPath("$.outcome")
			.isEqualTo("REPLAY_IN_PROGRESS");
		assertThat(this.consumer.timesHandled(eventId)).isZero();

		try {
			this.clock.advance(Duration.ofMinutes(1));
			assertThat(replay(dlq, letter)).hasStatusOk().bodyJson().extractingPath("$.outcome").isEqualTo("REPLAYED");
		}
		finally {
			this.clock.reset();
		}
		await().atMost(TIMEOUT).until(() -> this.consumer.timesHandled(eventId) == 1);
		assertThat(replay(dlq, letter)).hasStatus(409);
		await().during(Duration.ofSeconds(3))
			.atMost(Duration.ofSeconds(5))
			.until(() -> this.consumer.timesHandled(eventId) == 1);
		assertThat(handled(dlq, eventId)).containsExactly("REPLAYED");
	}

	private MockMvcTester.MockMvcRequestBuilder replay(String dlq, long[] letter) {
		return this.mvc.post()
			.uri("/api/ops/dead-letters/{topic}/{partition}/{offset}/replay", dlq, letter[0], letter[1]);
	}

	private List<String> handled(String dlq, String eventId) throws Exception {
		String body = this.mvc.get()
			.uri("/api/ops/dead-letters/{topic}?all=true", dlq)
			.exchange()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(body, "$[?(@.eventId == '" + eventId + "')].handled");
	}

	private String dlq() {
		return this.topicPrefix + "spa.booking.events.test-service.dlq";
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

	private long[] awaitDeadLetter(String dlq, String eventId) throws Exception {
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
		return new long[] { partitions.get(0).longValue(), offsets.get(0).longValue() };
	}

}
