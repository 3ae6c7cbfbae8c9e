package com.spautopia.notification.message;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

import com.spautopia.events.Channel;
import com.spautopia.events.SealedLinks;
import com.spautopia.events.notification.Purpose;
import com.spautopia.notification.delivery.InstanceId;
import com.spautopia.notification.delivery.NewDocuments;
import com.spautopia.notification.delivery.TraceContexts;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * The {@code notifications} collection: inserting a message once per id, claiming a due
 * one with an atomic conditional update (so that no two instances send it), and finding
 * the due ones.
 */
@Component
class NotificationStore {

	private final MongoOperations mongo;

	private final Clock clock;

	private final InstanceId instance;

	private final DispatchProperties properties;

	private final TraceContexts traces;

	private final SealedLinks seal;

	NotificationStore(MongoOperations mongo, Clock clock, InstanceId instance, DispatchProperties properties,
			TraceContexts traces, SealedLinks seal) {
		this.seal = seal;
		this.mongo = mongo;
		this.clock = clock;
		this.instance = instance;
		this.properties = properties;
		this.traces = traces;
	}

	/**
	 * A message to send, not yet recorded, with the current trace for its sending to
	 * continue; its content sealed, as it is stored.
	 * @param request the message
	 * @return the message as it will be recorded
	 */
	Notification draft(NotificationRequest request) {
		return Notification.pending(request, this.clock.instant(), this.traces.current(), this.seal);
	}

	/**
	 * Records messages to send in one write, each unless one with its id exists.
	 * @param drafts the messages
	 * @return those recorded now (the others' ids were already taken)
	 */
	List<Notification> insertAll(List<Notification> drafts) {
		return NewDocuments.insert(this.mongo, Notification.class, drafts);
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
		Update lease = lease(now);
		if (status == NotificationStatus.SENDING) {
			claimable.and("leaseUntil").lt(now);
			// its instance may have handed it to the provider before it stopped
			lease.set("outcomeUnknown", true);
		}
		return this.mongo.findAndModify(query(claimable), lease, FindAndModifyOptions.options().returnNew(true),
				Notification.class);
	}

	/**
	 * The update of a claim: the message is this instance's, {@code SENDING}, until its
	 * lease runs out; the time of its first claim is kept.
	 * @param now the time of the claim
	 * @return the update
	 */
	Update lease(Instant now) {
		return new Update().set("status", NotificationStatus.SENDING)
			.set("owner", this.instance.value())
			.set("leaseUntil", now.plus(this.properties.lease()))
			.inc("attempts", 1)
			.inc("version", 1)
			.min("firstAttemptAt", now);
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

	/**
	 * Makes a held message due now, unless it changed since it was recorded.
	 * @param held the message as recorded
	 * @return the message as released, or {@code null} if it changed
	 */
	@Nullable Notification release(Notification held) {
		Query unchanged = query(where("_id").is(held.id())
			.and("version")
			.is(held.version())
			.and("status")
			.is(NotificationStatus.PENDING));
		return this.mongo.findAndModify(unchanged,
				new Update().set("nextAttemptAt", this.clock.instant()).inc("version", 1),
				FindAndModifyOptions.options().returnNew(true), Notification.class);
	}

	/**
	 * Cancels a message that waits to be sent, unless it changed since it was read.
	 * @param message the message as read
	 * @param reason why
	 */
	void cancel(Notification message, String reason) {
		Query unchanged = query(where("_id").is(message.id())
			.and("version")
			.is(message.version())
			.and("status")
			.is(NotificationStatus.PENDING));
		this.mongo.updateFirst(unchanged,
				new Update().set("status", NotificationStatus.CANCELLED)
					.set("error", reason)
					.set("completedAt", this.clock.instant())
					.inc("version", 1),
				Notification.class);
	}

	/**
	 * Cancels a booking's messages of some purposes that wait to be sent, and asks that
	 * those being sent now are not sent again nor retried.
	 * @param bookingId the booking
	 * @param purposes the purposes
	 * @param reason why
	 * @return how many were cancelled or asked to be
	 */
	long supersede(String bookingId, List<Purpose> purposes, String reason) {
		return cancelWaiting(() -> where("bookingId").is(bookingId).and("purpose").in(purposes), reason);
	}

	/**
	 * Withdraws the messages of a waitlist offer that ended: those waiting are cancelled,
	 * those being sent now are not sent again nor retried; those sent stay sent.
	 * @param offerId the offer
	 * @param reason how it ended
	 * @return how many were cancelled or asked to be
	 */
	long withdrawOffer(String offerId, String reason) {
		return cancelWaiting(() -> where("waitlistOfferId").is(offerId), reason);
	}

	/**
	 * Cancels messages that wait to be sent, and asks that those being sent now are not
	 * sent again nor retried: each document changes only in the status it was found in.
	 */
	private long cancelWaiting(Supplier<Criteria> which, String reason) {
		Query pending = query(which.get().and("status").is(NotificationStatus.PENDING));
		long cancelled = this.mongo
			.updateMulti(pending,
					new Update().set("status", NotificationStatus.CANCELLED)
						.set("error", reason)
						.set("completedAt", this.clock.instant())
						.inc("version", 1),
					Notification.class)
			.getModifiedCount();
		// no version change: the sending instance's outcome must still be recorded
		Query sending = query(which.get().and("status").is(NotificationStatus.SENDING));
		return cancelled + this.mongo
			.updateMulti(sending, new Update().set("cancelRequested", true).set("error", reason), Notification.class)
			.getModifiedCount();
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
