package com.spautopia.booking.client;

import java.time.Clock;
import java.util.Date;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Clients registered before staff could search by name have no name words. Once, at
 * start-up (before the service takes requests), each such client who is not erased gets
 * the words of their name ({@link ClientQuery#words}), unless the name changed meanwhile;
 * a client booking again gets them too ({@link ClientDirectory#register}). A marker in
 * {@code migrations} says it is done, so later starts read nothing.
 */
@Component
class ClientNameWords implements SmartInitializingSingleton {

	static final String MARKER = "client-name-words";

	private static final Logger log = LoggerFactory.getLogger(ClientNameWords.class);

	private final MongoTemplate mongo;

	private final Clock clock;

	ClientNameWords(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (this.mongo.getCollection("migrations").find(Filters.eq("_id", MARKER)).first() != null) {
			return;
		}
		int filled = 0;
		for (Document client : this.mongo.getCollection("clients")
			.find(Filters.and(Filters.exists("nameWords", false), Filters.eq("erasedAt", null)))
			.projection(Projections.include("name"))) {
			String name = client.getString("name");
			filled += (int) this.mongo.getCollection("clients")
				.updateOne(Filters.and(Filters.eq("_id", client.get("_id")), Filters.eq("name", name),
						Filters.exists("nameWords", false)), Updates.set("nameWords", ClientQuery.words(name)))
				.getModifiedCount();
		}
		try {
			this.mongo.getCollection("migrations")
				.insertOne(new Document("_id", MARKER).append("at", Date.from(this.clock.instant()))
					.append("clients", filled));
		}
		catch (MongoWriteException ex) {
			if (ex.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
				throw ex;
			}
			// another instance finished it at the same time
		}
		if (filled > 0) {
			log.info("Gave {} clients the words of their names, for the front desk's search", filled);
		}
	}

}
