package com.spautopia.notification.message;

import java.time.Clock;
import java.util.Date;
import java.util.regex.Pattern;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import com.spautopia.events.SealedLinks;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;

/**
 * Messages stored before their contents were sealed hold them in the clear (texts that
 * carry manage links and names). Once, at start-up (before anything is sent), each such
 * content, and its fallback email's, is sealed where it lies
 * ({@link MessageContent#sealed}); a marker in {@code migrations} says it is done, so
 * later starts read nothing.
 */
@Component
public class ContentsSealedAtRest implements SmartInitializingSingleton {

	public static final String MARKER = "message-contents-sealed";

	private static final Logger log = LoggerFactory.getLogger(ContentsSealedAtRest.class);

	private static final Pattern SEALED = Pattern.compile("^" + Pattern.quote(SealedLinks.PREFIX));

	private final MongoOperations mongo;

	private final SealedLinks seal;

	private final Clock clock;

	ContentsSealedAtRest(MongoOperations mongo, SealedLinks seal, Clock clock) {
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
		for (String content : new String[] { "content", "fallback.content" }) {
			String text = content + ".text";
			for (Document message : this.mongo.getCollection(Notification.COLLECTION)
				.find(Filters.and(Filters.type(text, "string"), Filters.not(Filters.regex(text, SEALED))))) {
				Document stored = (content.equals("content")) ? message.get("content", Document.class)
						: message.get("fallback", Document.class).get("content", Document.class);
				MessageContent clear = this.mongo.getConverter().read(MessageContent.class, stored);
				Document sealedContent = new Document();
				this.mongo.getConverter().write(clear.sealed(this.seal), sealedContent);
				sealedContent.remove("_class");
				sealed += (int) this.mongo.getCollection(Notification.COLLECTION)
					.updateOne(Filters.and(Filters.eq("_id", message.get("_id")), Filters.eq(text, stored.get("text"))),
							Updates.set(content, sealedContent))
					.getModifiedCount();
			}
		}
		try {
			this.mongo.getCollection("migrations")
				.insertOne(new Document("_id", MARKER).append("at", Date.from(this.clock.instant()))
					.append("contents", sealed));
		}
		catch (MongoWriteException ex) {
			if (ex.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
				throw ex;
			}
		}
		if (sealed > 0) {
			log.info("Sealed {} message contents stored in the clear", sealed);
		}
	}

}
