package com.spautopia.notification.appointment;

import java.time.Clock;
import java.util.Date;
import java.util.regex.Pattern;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import com.spautopia.events.SealedLinks;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;

/**
 * Appointments stored before manage links were sealed hold them in the clear. Once, at
 * start-up (before events are consumed), each such link is sealed where it lies; a marker
 * in {@code migrations} says it is done, so later starts read nothing.
 */
@Component
public class LinksSealedAtRest implements SmartInitializingSingleton {

	public static final String MARKER = "appointment-links-sealed";

	private static final Logger log = LoggerFactory.getLogger(LinksSealedAtRest.class);

	private static final Pattern SEALED = Pattern.compile("^" + Pattern.quote(SealedLinks.PREFIX));

	private final MongoOperations mongo;

	private final SealedLinks seal;

	private final Clock clock;

	LinksSealedAtRest(MongoOperations mongo, SealedLinks seal, Clock clock) {
		this.mongo = mongo;
		this.seal = seal;
		this.clock = clock;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (this.mongo.getCollection("migrations").find(Filters.eq("_id", MARKER)).first() != null) {
			return;
		}
		int sealed = 0;
		for (String field : new String[] { "manageUrl", "shortManageUrl" }) {
			Bson inTheClear = Filters.and(Filters.type(field, "string"), Filters.not(Filters.regex(field, SEALED)));
			for (Document appointment : this.mongo.getCollection(Appointment.COLLECTION).find(inTheClear)) {
				String link = appointment.getString(field);
				String bookingId = appointment.getString("_id");
				sealed += (int) this.mongo.getCollection(Appointment.COLLECTION)
					.updateOne(Filters.and(Filters.eq("_id", bookingId), Filters.eq(field, link)),
							Updates.set(field, this.seal.seal(link, bookingId)))
					.getModifiedCount();
			}
		}
		try {
			this.mongo.getCollection("migrations")
				.insertOne(new Document("_id", MARKER).append("at", Date.from(this.clock.instant()))
					.append("links", sealed));
		}
		catch (MongoWriteException ex) {
			if (ex.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
				throw ex;
			}
		}
		if (sealed > 0) {
			log.info("Sealed {} manage links stored in the clear", sealed);
		}
	}

}
