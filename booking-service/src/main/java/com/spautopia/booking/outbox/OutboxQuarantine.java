package com.spautopia.booking.outbox;

import java.util.List;
import java.util.function.UnaryOperator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The {@linkplain QuarantinedEvent quarantined events}: what the relay could not publish,
 * kept for operators, counted, and rewritten like any other copy of a client's data when
 * the client is erased.
 */
@Component
public class OutboxQuarantine {

	private static final Logger log = LoggerFactory.getLogger(OutboxQuarantine.class);

	private final MongoTemplate mongo;

	OutboxQuarantine(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * Keeps an event that cannot be published. Stored under its event id, so keeping it
	 * again (after a crash before it left its outbox) changes nothing.
	 * @param event the event
	 */
	void keep(QuarantinedEvent event) {
		try {
			this.mongo.insert(event);
			log.error("Quarantined event {} of {} {}: {}", event.eventId(), event.collection(), event.documentId(),
					event.reason());
		}
		catch (DuplicateKeyException ex) {
			// kept before, by a run that did not get to take it out of its outbox
		}
	}

	/**
	 * The quarantined events, newest first.
	 * @param limit how many at most
	 * @return the events
	 */
	List<QuarantinedEvent> newestFirst(int limit) {
		return this.mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, "quarantinedAt")).limit(limit),
				QuarantinedEvent.class);
	}

	/**
	 * How many events are quarantined.
	 * @return the count
	 */
	long count() {
		return this.mongo.estimatedCount(QuarantinedEvent.class);
	}

	/**
	 * Rewrites the data of a document's quarantined events, such as to erase a client's
	 * personal data from them.
	 * @param documentId the document (a booking, a client)
	 * @param rewrite gives the new data of each event from its data
	 * @return how many events were rewritten
	 */
	public int rewrite(String documentId, UnaryOperator<String> rewrite) {
		int rewritten = 0;
		for (QuarantinedEvent event : this.mongo.find(Query.query(Criteria.where("documentId").is(documentId)),
				QuarantinedEvent.class)) {
			String data = rewrite.apply(event.data());
			if (!data.equals(event.data())) {
				this.mongo.updateFirst(
						Query.query(Criteria.where("_id").is(event.eventId()).and("data").is(event.data())),
						new Update().set("data", data), QuarantinedEvent.class);
				rewritten++;
			}
		}
		return rewritten;
	}

}
