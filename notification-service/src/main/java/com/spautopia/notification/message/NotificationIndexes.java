package com.spautopia.notification.message;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/**
 * Creates the indexes of the {@code notifications} collection at startup (idempotent).
 */
@Component
class NotificationIndexes implements SmartInitializingSingleton {

	private final MongoOperations mongo;

	private final DispatchProperties properties;

	NotificationIndexes(MongoOperations mongo, DispatchProperties properties) {
		this.mongo = mongo;
		this.properties = properties;
	}

	@Override
	public void afterSingletonsInstantiated() {
		this.mongo.indexOps(Notification.class)
			.createIndex(new Index().on("bookingId", Sort.Direction.ASC).named("bookingId"));
		// a waitlist offer's messages, withdrawn when it ends (few messages have one)
		this.mongo.indexOps(Notification.class)
			.createIndex(new Index().on("waitlistOfferId", Sort.Direction.ASC).sparse().named("waitlistOfferId"));
		// conditional writes name the id and the version they read; MongoDB serves them
		// from
		// the _id index, an embedded mongo-java-server only from an index of exactly
		// these
		// keys
		this.mongo.indexOps(Notification.class)
			.createIndex(new Index().on("_id", Sort.Direction.ASC)
				.on("version", Sort.Direction.ASC)
				.unique()
				.named("id_version"));
		// claims and their outcomes name the id, the version and the status they read
		this.mongo.indexOps(Notification.class)
			.createIndex(new Index().on("_id", Sort.Direction.ASC)
				.on("version", Sort.Direction.ASC)
				.on("status", Sort.Direction.ASC)
				.unique()
				.named("id_version_status"));
		// to find a client's messages when the client's data is erased
		this.mongo.indexOps(Notification.class)
			.createIndex(new Index().on("clientId", Sort.Direction.ASC).named("clientId"));
		// a client's messages, newest first, for the front desk
		this.mongo.indexOps(Notification.class)
			.createIndex(new Index().on("clientId", Sort.Direction.ASC)
				.on("createdAt", Sort.Direction.DESC)
				.named("clientId_createdAt"));
		this.mongo.indexOps(Notification.class)
			.createIndex(new Index().on("recipient", Sort.Direction.ASC).named("recipient"));
		// finished messages are kept for the retention period, then removed by MongoDB
		// (the embedded emulator ignores TTL indexes)
		this.mongo.indexOps(Notification.class)
			.createIndex(new Index().on("completedAt", Sort.Direction.ASC)
				.expire(this.properties.retention())
				.named("completedAt_ttl"));
		this.mongo.indexOps(Notification.class)
			.createIndex(new Index().on("status", Sort.Direction.ASC)
				.on("nextAttemptAt", Sort.Direction.ASC)
				.named("status_nextAttemptAt"));
	}

}
