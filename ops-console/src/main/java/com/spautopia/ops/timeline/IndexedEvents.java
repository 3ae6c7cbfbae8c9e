package com.spautopia.ops.timeline;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.spautopia.events.EventType;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
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
	 * Every event of a booking, in the order they happened: those filed under it and
	 * those related to it (a waitlist claim that made it).
	 * @param bookingId the booking
	 * @return its events
	 */
	List<IndexedEvent> ofBooking(String bookingId) {
		return this.mongo.find(Query
			.query(new Criteria().orOperator(where("bookingId").is(bookingId), where("relatedBookingId").is(bookingId)))
			.with(Sort.by("time").ascending().and(Sort.by("indexedAt").ascending())), IndexedEvent.class);
	}

	/**
	 * Every event that concerns a client, in the order they happened.
	 * @param clientId the client
	 * @return its events
	 */
	List<IndexedEvent> ofClient(String clientId) {
		return this.mongo.find(Query.query(where("clientId").is(clientId))
			.with(Sort.by("time").ascending().and(Sort.by("indexedAt").ascending())), IndexedEvent.class);
	}

	/**
	 * Erases what the console keeps of a client's contact data: their masked phone and
	 * email in every event of theirs and of their bookings.
	 * @param clientId the client
	 * @param bookingIds their bookings
	 * @return how many events were changed
	 */
	long erase(String clientId, List<String> bookingIds) {
		Query query = Query
			.query(new Criteria().orOperator(where("clientId").is(clientId), where("bookingId").in(bookingIds)));
		Update erased = new Update().unset("data.client.phone").unset("data.client.email").unset("data.phone");
		return this.mongo.updateMulti(query, erased, IndexedEvent.class).getModifiedCount();
	}

	/**
	 * Whether the console has seen a client's erasure.
	 * @param clientId the client
	 * @return true once their {@code ClientErased} is indexed
	 */
	boolean isErased(String clientId) {
		return this.mongo.exists(
				Query.query(where("clientId").is(clientId).and("type").is(EventType.CLIENT_ERASED.typeName())),
				IndexedEvent.class);
	}

	/**
	 * Deletes the events the console indexed before a time.
	 * @param cutoff the time
	 * @return how many were deleted
	 */
	long deleteIndexedBefore(Instant cutoff) {
		return this.mongo.remove(Query.query(where("indexedAt").lt(cutoff)), IndexedEvent.class).getDeletedCount();
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
