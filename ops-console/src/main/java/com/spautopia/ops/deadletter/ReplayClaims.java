package com.spautopia.ops.deadletter;

import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The claims on dead-letter messages, one document per message (its position is the id).
 * A replay's claim records its attempt before anything is sent and is only turned into
 * REPLAYED once the broker has the copy; a claim whose outcome is unknown is never
 * released, only taken over by a new attempt once the old one can no longer land.
 */
@Component
class ReplayClaims {

	private final MongoTemplate mongo;

	ReplayClaims(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	Optional<DeadLetterAction> find(String id) {
		return Optional.ofNullable(this.mongo.findById(id, DeadLetterAction.class));
	}

	/**
	 * Claims a message unless it is claimed already.
	 * @param action the claim
	 * @return whether it was stored
	 */
	boolean insert(DeadLetterAction action) {
		try {
			this.mongo.insert(action);
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	/**
	 * Replaces a replay attempt that can no longer land with a new one, unless another
	 * console took it over or finished it first.
	 * @param stale the attempt as read
	 * @param next the new attempt
	 * @return whether this console now holds the claim
	 */
	boolean takeOver(DeadLetterAction stale, DeadLetterAction next) {
		Query current = Query.query(where("_id").is(stale.id())
			.and("kind")
			.is(DeadLetterAction.Kind.REPLAYING)
			.and("attempt")
			.is(stale.attempt()));
		Update update = new Update().set("at", next.at())
			.set("by", next.by())
			.set("attempt", next.attempt())
			.set("searchFrom", next.searchFrom());
		return this.mongo.updateFirst(current, update, DeadLetterAction.class).getModifiedCount() == 1;
	}

	/**
	 * Records that an attempt's copy is on the original topic.
	 * @param id the message
	 * @param attempt the attempt
	 * @param replayedTo where the copy landed ({@code topic/partition/offset})
	 */
	void replayed(String id, String attempt, String replayedTo) {
		this.mongo.updateFirst(Query.query(where("_id").is(id).and("attempt").is(attempt)),
				new Update().set("kind", DeadLetterAction.Kind.REPLAYED).set("replayedTo", replayedTo),
				DeadLetterAction.class);
	}

}
