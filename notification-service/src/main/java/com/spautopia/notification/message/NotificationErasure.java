package com.spautopia.notification.message;

import java.time.Clock;
import java.util.List;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Erases a client's personal data from the messages: those still waiting are cancelled,
 * and every message of the client's bookings, of the client or to the client's number
 * keeps no recipient and no content. Status, channel, purpose, provider ids and times
 * stay, so the statistics stay correct. Each message is one atomic write; erasing again
 * changes nothing more.
 */
@Component
public class NotificationErasure {

	/** Stands in for an erased recipient. */
	public static final String ERASED_RECIPIENT = "erased";

	/** Stands in for an erased message's text. */
	public static final String ERASED_TEXT = "[erased]";

	private final MongoOperations mongo;

	private final Clock clock;

	NotificationErasure(MongoOperations mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	/**
	 * Erases the personal data of a client's messages.
	 * @param clientId the client
	 * @param bookingIds the client's bookings
	 * @param phone the client's phone number
	 * @return how many messages were erased now
	 */
	public long erase(String clientId, List<String> bookingIds, String phone) {
		long erased = 0;
		for (Criteria ofClient : List.of(where("bookingId").in(bookingIds), where("clientId").is(clientId),
				where("recipient").is(phone))) {
			cancelWaiting(ofClient);
			erased += anonymize(ofClient);
		}
		return erased;
	}

	private void cancelWaiting(Criteria ofClient) {
		Query waiting = query(new Criteria().andOperator(ofClient, where("status").is(NotificationStatus.PENDING)));
		Update cancel = new Update().set("status", NotificationStatus.CANCELLED)
			.set("error", "the client's data was erased")
			.set("completedAt", this.clock.instant())
			.inc("version", 1);
		this.mongo.updateMulti(waiting, cancel, Notification.class);
	}

	private long anonymize(Criteria ofClient) {
		Query notYet = query(new Criteria().andOperator(ofClient, where("recipient").ne(ERASED_RECIPIENT)));
		Update anonymize = new Update().set("recipient", ERASED_RECIPIENT)
			.set("content", MessageContent.sms(ERASED_TEXT))
			.unset("fallback")
			.inc("version", 1);
		return this.mongo.updateMulti(notYet, anonymize, Notification.class).getModifiedCount();
	}

}
