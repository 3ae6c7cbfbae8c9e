package com.spautopia.notification.message;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.spautopia.events.Channel;
import com.spautopia.events.notification.Purpose;
import com.spautopia.notification.delivery.InstanceId;
import com.spautopia.notification.delivery.TraceContexts;
import com.spautopia.notification.message.SendQueue.Queued;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * The {@code notifications} collection: inserting a message once per id, claiming due
 * ones with atomic conditional updates (so that no two instances send one), and finding
 * the due ones.
 */
@Component
class NotificationStore {

	/**
	 * The field a batch claim marks its messages with: a message carrying a batch's token
	 * and the version that claim gave it was claimed by that batch.
	 */
	static final String CLAIM_TOKEN = "claimToken";

	private final MongoOperations mongo;

	private final Clock clock;

	private final InstanceId instance;

	private final DispatchProperties properties;

	private final TraceContexts traces;

	NotificationStore(MongoOperations mongo, Clock clock, InstanceId instance, DispatchProperties properties,
			TraceContexts traces) {
		this.mongo = mongo;
		this.clock = clock;
		this.instance = instance;
		this.properties = properties;
		this.traces = traces;
	}

	/**
	 * Records a message to send, unless one with its id exists, with the current trace
	 * for its sending to continue.
	 * @param request the message
	 * @return the new message, or {@code null} if its id was already taken
	 */
	@Nullable Notification insert(NotificationRequest request) {
		try {
			return this.mongo.insert(Notification.pending(request, this.clock.instant(), this.traces.current()));
		}
		catch (DuplicateKeyException ex) {
			return null;
		}
	}

	/**
	 * Takes a message that was found due ({@code PENDING} and due, or {@code SENDING}
	 * under a lease that ran out) for this instance. The write is conditional on the
	 * version and the status it was found at (and, for a {@code SENDING} one, on its
	 * lease having run out), so of several instances claiming one message exactly one
	 * succeeds, and a message changed since (retried later, deferred, cancelled, sent,
	 * reported delivered) is not taken.
	 * <p>
	 * The usual claim, of a {@code PENDING} message, names exactly {@code _id},
	 * {@code version} and {@code status}: MongoDB serves it from the {@code _id} index,
	 * an embedded mongo-java-server from the {@code id_version_status} index instead of
	 * scanning the collection.
	 * @param id the message's id
	 * @param version its version when it was found due
	 * @param status its status when it was found due
	 * @return the claimed message, or {@code null} if it changed, is no longer to be sent
	 * or another instance took it
	 */
	@Nullable Notification claim(String id, long version, NotificationStatus status) {
		Instant now = this.clock.instant();
		if (status != NotificationStatus.PENDING && status != NotificationStatus.SENDING) {
			return null;
		}
		Criteria claimable = where("_id").is(id).and("version").is(version).and("status").is(status);
		if (status == NotificationStatus.SENDING) {
			claimable.and("leaseUntil").lt(now);
		}
		return this.mongo.findAndModify(query(claimable), lease(now), FindAndModifyOptions.options().returnNew(true),
				Notification.class);
	}

	/**
	 * Takes several messages found due at once, each as
	 * {@link #claim(String, long, NotificationStatus)} takes one. The {@code PENDING}
	 * ones are claimed together: one bulk write of one conditional update per message,
	 * each marking the message with this batch's token, then one read by id of those
	 * carrying it. The rare {@code SENDING} ones (their lease ran out) are claimed one by
	 * one.
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
				Notification one = claim(message.id(), message.version(), message.status());
				if (one != null) {
					claimed.add(one);
				}
			}
		}
		return claimed;
	}

	/**
	 * Each update names exactly {@code _id}, {@code version} and {@code status}, as the
	 * claim of one message does, and the read only {@code _id}: all served from an index.
	 */
	private List<Notification> claimTogether(List<Queued> pending) {
		String token = UUID.randomUUID().toString();
		Update lease = lease(this.clock.instant()).set(CLAIM_TOKEN, token);
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
			.filter((document) -> isClaimed(document, token, claimedVersions))
			.map((document) -> this.mongo.getConverter().read(Notification.class, document))
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

	private Update lease(Instant now) {
		return new Update().set("status", NotificationStatus.SENDING)
			.set("owner", this.instance.value())
			.set("leaseUntil", now.plus(this.properties.lease()))
			.inc("attempts", 1)
			.inc("version", 1);
	}

	/**
	 * The query that matches a message only while its claim is as read: same id, same
	 * version. The version changes with every claim, outcome and cancellation, never with
	 * a delivery report, so a report arriving before the send's outcome is recorded does
	 * not keep that outcome from being recorded.
	 * @param message the message as claimed
	 * @return the query
	 */
	static Query sameClaim(Notification message) {
		return query(where("_id").is(message.id()).and("version").is(message.version()));
	}

	/**
	 * The messages due now, most urgent first.
	 * @param limit how many at most
	 * @return their ids, channels, ranks, versions and statuses
	 */
	List<Due> findDue(int limit) {
		Query due = query(dueCriteria(this.clock.instant()))
			.with(Sort.by(Sort.Order.asc("rank"), Sort.Order.asc("nextAttemptAt")))
			.limit(limit);
		// mapped against Notification, read as Due: only Due's fields are fetched
		return this.mongo.query(Notification.class).as(Due.class).matching(due).all();
	}

	/**
	 * Cancels the messages of a booking and purpose that wait to be sent. Their version
	 * rises, so that a copy already queued for sending can no longer be claimed.
	 * @param bookingId the booking
	 * @param purpose the purpose
	 * @param reason why
	 * @return how many were cancelled
	 */
	long cancelPending(String bookingId, Purpose purpose, String reason) {
		Query pending = query(where("bookingId").is(bookingId)
			.and("purpose")
			.is(purpose)
			.and("status")
			.is(NotificationStatus.PENDING));
		Update cancel = new Update().set("status", NotificationStatus.CANCELLED)
			.set("error", reason)
			.set("completedAt", this.clock.instant())
			.inc("version", 1);
		return this.mongo.updateMulti(pending, cancel, Notification.class).getModifiedCount();
	}

	private static Criteria dueCriteria(Instant now) {
		return new Criteria().orOperator(where("status").is(NotificationStatus.PENDING).and("nextAttemptAt").lte(now),
				where("status").is(NotificationStatus.SENDING).and("leaseUntil").lt(now));
	}

	/**
	 * A due message, as the dispatcher queues it.
	 *
	 * @param id the message's id
	 * @param channel its channel
	 * @param rank its priority's rank
	 * @param version its version
	 * @param status its status: {@code PENDING}, or {@code SENDING} under a lease that
	 * ran out
	 */
	record Due(String id, Channel channel, int rank, long version, NotificationStatus status) {
	}

}
