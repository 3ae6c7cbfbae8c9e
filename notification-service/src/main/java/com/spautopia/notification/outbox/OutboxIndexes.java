package com.spautopia.notification.outbox;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * At startup: the sparse index on the pending flag of every collection with an outbox
 * (the relay's query), and the flag set on documents whose events were written before it
 * existed (one scan at startup; none later).
 */
@Component
class OutboxIndexes implements SmartInitializingSingleton {

	private final MongoOperations mongo;

	OutboxIndexes(MongoOperations mongo) {
		this.mongo = mongo;
	}

	@Override
	public void afterSingletonsInstantiated() {
		for (String collection : OutboxRelay.COLLECTIONS) {
			this.mongo.indexOps(collection)
				.createIndex(
						new Index().on(OutboxEntry.PENDING, Sort.Direction.ASC).sparse().named(OutboxEntry.PENDING));
			this.mongo.updateMulti(
					query(where(OutboxEntry.FIELD + ".0").exists(true).and(OutboxEntry.PENDING).exists(false)),
					new Update().set(OutboxEntry.PENDING, true), collection);
		}
	}

}
