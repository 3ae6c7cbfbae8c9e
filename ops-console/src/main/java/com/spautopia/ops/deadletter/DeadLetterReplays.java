package com.spautopia.ops.deadletter;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.spautopia.ops.kafka.KafkaClients;
import com.spautopia.ops.kafka.OpsProperties;
import com.spautopia.ops.kafka.RecordHeaders;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Replays dead-letter messages to their original topic, or discards them. Each message is
 * claimed first with an insert under its position (a unique key) that records the replay
 * attempt, whose id the copy carries. A claim is never released: a later request finds
 * the earlier attempt's copy on the topic (then the message is replayed), or waits while
 * that copy may still land, and only then replays it again. So however often, from
 * however many consoles and through whichever failure a replay is requested, one copy is
 * published. Each action records the operator who took it and when (the audit trail).
 */
@Component
class DeadLetterReplays {

	private static final Logger logger = LoggerFactory.getLogger(DeadLetterReplays.class);

	private final DeadLetterTopics topics;

	private final KafkaClients kafka;

	private final ReplayPublisher publisher;

	private final ReplayClaims claims;

	private final ReplayedCopies copies;

	private final OpsProperties properties;

	private final Clock clock;

	DeadLetterReplays(DeadLetterTopics topics, KafkaClients kafka, ReplayPublisher publisher, ReplayClaims claims,
			ReplayedCopies copies, OpsProperties properties, Clock clock) {
		this.topics = topics;
		this.kafka = kafka;
		this.publisher = publisher;
		this.claims = claims;
		this.copies = copies;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Replays one message to its original topic, once.
	 * @param dlqTopic the dead-letter topic
	 * @param partition its partition
	 * @param offset its offset
	 * @param operator who asks
	 * @return what happened
	 */
	Outcome replay(String dlqTopic, int partition, long offset, String operator) {
		return this.topics.record(dlqTopic, partition, offset)
			.map((record) -> replay(record, operator))
			.orElse(Outcome.NOT_FOUND);
	}

	private Outcome replay(ConsumerRecord<byte[], byte[]> record, String operator) {
		String originalTopic = RecordHeaders.text(record.headers(), "x-original-topic");
		if (originalTopic == null) {
			return Outcome.NO_ORIGINAL_TOPIC;
		}
		String id = DeadLetterAction.id(record.topic(), record.partition(), record.offset());
		Instant now = this.clock.instant();
		String attempt = UUID.randomUUID().toString();
		DeadLetterAction claim = new DeadLetterAction(id, DeadLetterAction.Kind.REPLAYING, now, operator, originalTopic,
				attempt, this.copies.ends(originalTopic));
		if (!this.claims.insert(claim)) {
			Outcome settled = settle(id, originalTopic, claim, now);
			if (settled != null) {
				return settled;
			}
		}
		// a send that fails or times out leaves the claim as it is: the copy may still
		// land
		RecordMetadata sent = this.publisher.publish(new ProducerRecord<>(originalTopic, null, record.key(),
				record.value(), originalHeaders(record, attempt)));
		String replayedTo = sent.topic() + "/" + sent.partition() + "/" + sent.offset();
		this.claims.replayed(id, attempt, replayedTo);
		logger.info("{} replayed {} to {}", operator, id, replayedTo);
		return Outcome.REPLAYED;
	}

	/**
	 * What becomes of a message claimed before: handled, still in flight, or taken over
	 * by this attempt (null) when the earlier attempt left no copy and can no longer
	 * land.
	 */
	private @Nullable Outcome settle(String id, String originalTopic, DeadLetterAction claim, Instant now) {
		DeadLetterAction earlier = this.claims.find(id).orElse(null);
		if (earlier == null || earlier.kind() != DeadLetterAction.Kind.REPLAYING || earlier.attempt() == null) {
			return Outcome.ALREADY_HANDLED;
		}
		Map<String, Long> from = (earlier.searchFrom() != null) ? earlier.searchFrom() : Map.of();
		String landed = this.copies.find(originalTopic, from, earlier.attempt()).orElse(null);
		if (landed != null) {
			this.claims.replayed(id, earlier.attempt(), landed);
			logger.info("The replay of {} by {} landed at {}", id, earlier.by(), landed);
			return Outcome.ALREADY_HANDLED;
		}
		if (now.isBefore(earlier.at().plus(this.kafka.replaySettleTime()))) {
			return Outcome.REPLAY_IN_PROGRESS;
		}
		logger.warn("The replay of {} by {} at {} left no copy; replaying it again", id, earlier.by(), earlier.at());
		return this.claims.takeOver(earlier, claim) ? null : Outcome.REPLAY_IN_PROGRESS;
	}

	/**
	 * Replays every unhandled message of a dead-letter topic, page after page to its end.
	 * @param dlqTopic the topic
	 * @param operator who asks
	 * @return what happened to each
	 */
	List<Result> replayAll(String dlqTopic, String operator) {
		List<Result> results = new ArrayList<>();
		DeadLetterPosition after = null;
		do {
			DeadLetterTopics.Page page = this.topics.page(dlqTopic, false, after, this.properties.deadLetterPageSize());
			for (DeadLetterTopics.Letter letter : page.letters()) {
				results.add(new Result(letter.letter().id(), replay(letter.record(), operator)));
			}
			after = page.next();
		}
		while (after != null);
		return results;
	}

	Outcome discard(String dlqTopic, int partition, long offset, String operator) {
		if (this.topics.record(dlqTopic, partition, offset).isEmpty()) {
			return Outcome.NOT_FOUND;
		}
		String id = DeadLetterAction.id(dlqTopic, partition, offset);
		boolean claimed = this.claims.insert(new DeadLetterAction(id, DeadLetterAction.Kind.DISCARDED,
				this.clock.instant(), operator, "", null, null));
		if (claimed) {
			logger.info("{} discarded {}", operator, id);
		}
		return claimed ? Outcome.DISCARDED : Outcome.ALREADY_HANDLED;
	}

	/**
	 * The headers the record had before it was dead-lettered: without the binder's
	 * {@code x-*} failure headers and Spring Kafka's {@code kafka_dlt-*} ones.
	 */
	private static List<Header> originalHeaders(ConsumerRecord<byte[], byte[]> record, String attempt) {
		List<Header> headers = new ArrayList<>();
		for (Header header : record.headers()) {
			if (!header.key().startsWith("x-") && !header.key().startsWith("kafka_dlt-")
					&& !header.key().equals(ReplayedCopies.ATTEMPT_HEADER)) {
				headers.add(header);
			}
		}
		headers.add(new RecordHeader(ReplayedCopies.ATTEMPT_HEADER, attempt.getBytes(StandardCharsets.UTF_8)));
		return headers;
	}

	enum Outcome {

		REPLAYED, DISCARDED, ALREADY_HANDLED, REPLAY_IN_PROGRESS, NOT_FOUND, NO_ORIGINAL_TOPIC

	}

	record Result(String id, Outcome outcome) {
	}

}
