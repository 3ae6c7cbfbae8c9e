package com.spautopia.ops.deadletter;

import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What an operator did with one dead-letter message. Its id is the message's position, so
 * a second replay or discard of the same message cannot be stored: that unique key is
 * what makes a replay publish once.
 *
 * @param id {@code <dlq topic>/<partition>/<offset>}
 * @param kind replaying (claimed, outcome not known yet), replayed or discarded
 * @param at when (for a replay: when its current attempt was claimed)
 * @param by the operator who did it: the access token's {@code preferred_username}, else
 * its subject
 * @param replayedTo where a replay was published ({@code topic/partition/offset}), if it
 * was; the original topic while replaying
 * @param attempt the id of a replay's current attempt, carried by its copy
 * @param searchFrom where the original topic's partitions ended when the attempt was
 * claimed, by partition number: its copy, if any, is after
 */
@Document("dead_letter_actions")
record DeadLetterAction(@Id String id, Kind kind, Instant at, String by, String replayedTo, @Nullable String attempt,
		@Nullable Map<String, Long> searchFrom) {

	static String id(String dlqTopic, int partition, long offset) {
		return dlqTopic + "/" + partition + "/" + offset;
	}

	enum Kind {

		REPLAYING, REPLAYED, DISCARDED

	}

}
