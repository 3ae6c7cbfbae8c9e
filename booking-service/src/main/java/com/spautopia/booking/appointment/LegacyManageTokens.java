package com.spautopia.booking.appointment;

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
 * Bookings made before manage tokens were derived stored their token as it was. Once, at
 * start-up (before the service takes requests or events), each such token is replaced by
 * its hash ({@link ManageAccess#legacyTokenHash()}) and that of the short code its SMS
 * carried, so that every link given out keeps working, and the booking gets the hash of
 * its derived short code. Stop every instance of the older version before this one
 * starts. A marker in {@code migrations} says it is done, so later starts read nothing.
 */
@Component
class LegacyManageTokens implements SmartInitializingSingleton {

	static final String MARKER = "manage-tokens-hashed";

	private static final Logger log = LoggerFactory.getLogger(LegacyManageTokens.class);

	private final MongoTemplate mongo;

	private final ManageLinks links;

	private final Clock clock;

	LegacyManageTokens(MongoTemplate mongo, ManageLinks links, Clock clock) {
		this.mongo = mongo;
		this.links = links;
		this.clock = clock;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (this.mongo.getCollection("migrations").find(Filters.eq("_id", MARKER)).first() != null) {
			return;
		}
		int hashed = 0;
		for (Document legacy : this.mongo.getCollection("bookings")
			.find(Filters.exists("manageToken"))
			.projection(Projections.include("manageToken"))) {
			String id = legacy.getString("_id");
			String token = legacy.getString("manageToken");
			String legacyShortCode = (token.length() >= ManageLinks.SHORT_CODE_LENGTH)
					? ManageLinks.shortCodeHash(token.substring(0, ManageLinks.SHORT_CODE_LENGTH)) : null;
			ManageAccess access = new ManageAccess(this.links.access(id).shortCodeHash(),
					ManageLinks.legacyTokenHash(token), legacyShortCode);
			hashed += (int) this.mongo.getCollection("bookings")
				.updateOne(Filters.and(Filters.eq("_id", id), Filters.eq("manageToken", token)),
						Updates.combine(Updates.unset("manageToken"),
								Updates.set("manageAccess",
										new Document("shortCodeHash", access.shortCodeHash()).append("legacyTokenHash",
												access.legacyTokenHash()))))
				.getModifiedCount();
		}
		try {
			this.mongo.getCollection("migrations")
				.insertOne(new Document("_id", MARKER).append("at", Date.from(this.clock.instant()))
					.append("bookings", hashed));
		}
		catch (MongoWriteException ex) {
			if (ex.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
				throw ex;
			}
			// another instance finished it at the same time
		}
		if (hashed > 0) {
			log.info("Replaced the stored manage tokens of {} bookings by their hashes", hashed);
		}
	}

}
