package com.spautopia.booking.outbox;

import java.util.List;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Upgrades documents written before the outbox had its {@linkplain Outbox#PENDING_SINCE
 * pending flag}: once, when the service starts, every document with events waiting but no
 * flag gets one, so the relay finds those events too. A one-off scan at start-up, not a
 * query that runs on a schedule; it finds nothing once every instance runs this version.
 */
@Component
class OutboxPendingFlags {

	private static final Logger log = LoggerFactory.getLogger(OutboxPendingFlags.class);

	private final MongoTemplate mongo;

	OutboxPendingFlags(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@EventListener(ApplicationReadyEvent.class)
	void flagWaitingEvents() {
		for (String collection : OutboxRelay.COLLECTIONS) {
			Query unflagged = Query
				.query(Criteria.where("outbox.0").exists(true).and(Outbox.PENDING_SINCE).exists(false));
			unflagged.fields().include("outbox.occurredAt");
			int flagged = 0;
			for (Document document : this.mongo.find(unflagged, Document.class, collection)) {
				List<Document> waiting = document.getList("outbox", Document.class);
				Query same = Query.query(Criteria.where("_id").is(document.get("_id")))
					.addCriteria(Criteria.where(Outbox.PENDING_SINCE).exists(false));
				this.mongo.updateFirst(same,
						new Update().set(Outbox.PENDING_SINCE, waiting.getFirst().get("occurredAt")), collection);
				flagged++;
			}
			if (flagged > 0) {
				log.info("Flagged {} document(s) of {} with events waiting from before the pending flag", flagged,
						collection);
			}
		}
	}

}
