package com.spautopia.notification.reminder;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/**
 * Creates the indexes of the {@code reminders} collection at startup (idempotent).
 */
@Component
class ReminderIndexes implements SmartInitializingSingleton {

	private final MongoOperations mongo;

	ReminderIndexes(MongoOperations mongo) {
		this.mongo = mongo;
	}

	@Override
	public void afterSingletonsInstantiated() {
		this.mongo.indexOps(Reminder.class)
			.createIndex(
					new Index().on("status", Sort.Direction.ASC).on("dueAt", Sort.Direction.ASC).named("status_dueAt"));
		this.mongo.indexOps(Reminder.class)
			.createIndex(new Index().on("bookingId", Sort.Direction.ASC).named("bookingId"));
		// re-planning writes name the id and the plan they read; MongoDB serves them from
		// the
		// _id index, an embedded mongo-java-server only from a unique index of exactly
		// these keys (unique anyway, since _id is)
		this.mongo.indexOps(Reminder.class)
			.createIndex(
					new Index().on("_id", Sort.Direction.ASC).on("plan", Sort.Direction.ASC).unique().named("id_plan"));
	}

}
