package com.spautopia.notification.appointment;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/**
 * Creates the indexes of the {@code appointments} collection at startup (idempotent).
 */
@Component
class AppointmentIndexes implements SmartInitializingSingleton {

	private final MongoOperations mongo;

	AppointmentIndexes(MongoOperations mongo) {
		this.mongo = mongo;
	}

	@Override
	public void afterSingletonsInstantiated() {
		this.mongo.indexOps(Appointment.class)
			.createIndex(
					new Index().on("phone", Sort.Direction.ASC).on("start", Sort.Direction.ASC).named("phone_start"));
		// conditional writes name the id and the version they read; MongoDB serves them
		// from
		// the _id index, an embedded mongo-java-server only from an index of exactly
		// these
		// keys
		this.mongo.indexOps(Appointment.class)
			.createIndex(new Index().on("_id", Sort.Direction.ASC)
				.on("version", Sort.Direction.ASC)
				.unique()
				.named("id_version"));
	}

}
