package com.spautopia.ops.timeline;

import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The console's index of events: one document per event id.
 */
@Component
public class IndexedEvents {

	private final MongoTemplate mongo;

	IndexedEvents(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * Stores an event unless one with its id is stored already.
	 * @param event the event
	 * @return whether it was new
	 */
	boolean add(IndexedEvent event) {
		try {
			this.mongo.insert(event);
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	/**
	 * Every event of a booking, in the order they happened.
	 * @param bookingId the booking
	 * @return its events
	 */
	List<IndexedEvent> ofBooking(String bookingId) {
		return this.mongo.find(Query.query(where("bookingId").is(bookingId))
			.with(Sort.by("time").ascending().and(Sort.by("indexedAt").ascending())), IndexedEvent.class);
	}

	/**
	 * The event that happened last on a topic.
	 * @param topic the topic as the contract names it
	 * @return the event, if the console has seen any
	 */
	public Optional<IndexedEvent> lastOn(String topic) {
		return Optional.ofNullable(this.mongo.findOne(
				Query.query(where("topic").is(topic)).with(Sort.by("time").descending()).limit(1), IndexedEvent.class));
	}

}
