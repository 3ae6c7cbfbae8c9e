package com.spautopia.ops.deadletter;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What an operator did with one dead-letter message. Its id is the message's position, so
 * a second replay or discard of the same message cannot be stored: that unique key is
 * what makes a replay publish once.
 *
 * @param id {@code <dlq topic>/<partition>/<offset>}
 * @param kind replayed or discarded
 * @param at when
 * @param by the operator who did it: the access token's {@code preferred_username}, else
 * its subject
 * @param replayedTo where a replay was published ({@code topic/partition/offset}), if it
 * was
 */
@Document("dead_letter_actions")
record DeadLetterAction(@Id String id, Kind kind, Instant at, String by, String replayedTo) {

	static String id(String dlqTopic, int partition, long offset) {
		return dlqTopic + "/" + partition + "/" + offset;
	}

	enum Kind {

		REPLAYED, DISCARDED

	}

}
