package com.spautopia.notification.message;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.spautopia.notification.message.SendQueue.Queued;
import org.bson.Document;

import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Claims several messages found due at once, each as
 * {@link NotificationStore#claim(String, long, NotificationStatus)} claims one: only if
 * its version and status are still those it was found at, so that of several instances
 * exactly one takes it. The {@code PENDING} ones are claimed together, with two round
 * trips to the database whatever their number: one bulk write of one conditional update
 * per message, each marking the message with this batch's token, then one read by id. The
 * rare {@code SENDING} ones (their lease ran out), and a single message, are claimed one
 * by one.
 */
@Component
class BatchClaims {

	/**
	 * The field a batch claim marks its messages with: a message carrying a batch's token
	 * and the version that claim gave it was claimed by that batch.
	 */
	static final String CLAIM_TOKEN = "claimToken";

	private final NotificationStore store;

	private final MongoOperations mongo;

	private final Clock clock;

	BatchClaims(NotificationStore store, MongoOperations mongo, Clock clock) {
		this.store = store;
		this.mongo = mongo;
		this.clock = clock;
	}

	/**
	 * Claims messages found due for this instance.
	 * @param found the messages as they were found due
	 * @return the messages claimed; those changed since or taken by another instance are
	 * left out
	 */
	List<Notification> claim(List<Queued> found) {
		List<Queued> pending = found.stream()
			.filter((message) -> message.status() == NotificationStatus.PENDING)
			.toList();
		boolean together = pending.size() > 1;
		List<Notification> claimed = new ArrayList<>(together ? claimTogether(pending) : List.of());
		for (Queued message : found) {
			if (!together || message.status() != NotificationStatus.PENDING) {
				Notification one = this.store.claim(message.id(), message.version(), message.status());
				if (one != null) {
					claimed.add(one);
				}
			}
		}
		return claimed;
	}

	/**
	 * Each update names exactly {@code _id}, {@code version} and {@code status}, as the
	 * claim of one message does, and the read only {@code _id}: MongoDB serves them from
	 * the {@code _id} index, an embedded mongo-java-server from the
	 * {@code id_version_status} and {@code _id} indexes instead of scanning the
	 * collection.
	 */
	private List<Notification> claimTogether(List<Queued> pending) {
		String token = UUID.randomUUID().toString();
		Update lease = this.store.lease(this.clock.instant()).set(CLAIM_TOKEN, token);
		BulkOperations claims = this.mongo.bulkOps(BulkMode.UNORDERED, Notification.class);
		Map<String, Long> claimedVersions = new HashMap<>();
		for (Queued message : pending) {
			claims.updateOne(query(where("_id").is(message.id())
				.and("version")
				.is(message.version())
				.and("status")
				.is(NotificationStatus.PENDING)), lease);
			claimedVersions.put(message.id(), message.version() + 1);
		}
		if (claims.execute().getModifiedCount() == 0) {
			return List.of();
		}
		List<Document> read = this.mongo.find(query(where("_id").in(claimedVersions.keySet())), Document.class,
				Notification.COLLECTION);
		return read.stream()
			.filter((message) -> isClaimed(message, token, claimedVersions))
			.map((message) -> this.mongo.getConverter().read(Notification.class, message))
			.toList();
	}

	/**
	 * Whether a message read after a batch claim is as that claim left it: another
	 * instance may have taken it first, or it may have changed since.
	 */
	private static boolean isClaimed(Document message, String token, Map<String, Long> claimedVersions) {
		Long claimedVersion = claimedVersions.get(message.getString("_id"));
		return token.equals(message.getString(CLAIM_TOKEN)) && message.get("version") instanceof Number version
				&& claimedVersion != null && claimedVersion == version.longValue();
	}

}
