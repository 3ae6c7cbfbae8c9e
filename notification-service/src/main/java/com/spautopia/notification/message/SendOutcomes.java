package com.spautopia.notification.message;

import java.time.Clock;
import java.time.Instant;

import com.spautopia.events.Channel;
import com.spautopia.notification.delivery.DeliveryException;
import com.spautopia.notification.delivery.Recipients;
import com.spautopia.notification.outbox.OutboxEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Records what became of a message this instance claimed. Every update is conditional on
 * the claim still being this instance's, and a final outcome and its event are one atomic
 * write.
 */
@Component
class SendOutcomes {

	private static final Logger logger = LoggerFactory.getLogger(SendOutcomes.class);

	private final MongoOperations mongo;

	private final MessageEvents events;

	private final Fallbacks fallbacks;

	private final Clock clock;

	SendOutcomes(MongoOperations mongo, MessageEvents events, Fallbacks fallbacks, Clock clock) {
		this.mongo = mongo;
		this.events = events;
		this.fallbacks = fallbacks;
		this.clock = clock;
	}

	void sent(Notification message, String providerId) {
		Instant now = this.clock.instant();
		Update update = release().set("providerId", providerId)
			.set("sentAt", now)
			.unset("error")
			.unset("errorCode")
			.set("outcomeUnknown", false);
		update.set("status", NotificationStatus.SENT).set("retryable", false);
		if (message.channel() == Channel.EMAIL) {
			OutboxEntry.push(update.set("completedAt", now), this.events.sent(message, now));
		}
		if (!update(message, update)) {
			// a final status callback overtook this update: keep its status and error,
			// record the send
			this.mongo.updateFirst(NotificationStore.sameClaim(message),
					release().set("providerId", providerId).set("sentAt", now).inc("version", 1), Notification.class);
		}
		logger.info("Sent {} {} {} to {} ({}, attempt {})", message.channel(), message.purpose(), message.id(),
				Recipients.mask(message.recipient()), providerId, message.attempts());
	}

	void retryLater(Notification message, Instant at, DeliveryException ex) {
		if (cancelledInstead(message)) {
			return;
		}
		update(message,
				release().set("status", NotificationStatus.PENDING)
					.set("nextAttemptAt", at)
					.set("error", String.valueOf(ex.getMessage()))
					.set("errorCode", ex.errorCode())
					.set("retryable", true)
					.set("outcomeUnknown", ex.isOutcomeUnknown()));
		logger.warn("{} {} to {} failed (attempt {}), retrying at {}: {}", message.channel(), message.id(),
				Recipients.mask(message.recipient()), message.attempts(), at, ex.getMessage());
	}

	void failed(Notification message, DeliveryException ex) {
		String code = (ex.errorCode() != null) ? ex.errorCode() : "unknown";
		String reason = String.valueOf(ex.getMessage());
		Instant now = this.clock.instant();
		boolean recorded = update(message,
				OutboxEntry.push(release().set("status", NotificationStatus.FAILED)
					.set("errorCode", code)
					.set("error", reason)
					.set("retryable", false)
					.set("completedAt", now), this.events.failed(message, code, reason, now)));
		logger.warn("{} {} to {} failed for good after {} attempt(s): {}", message.channel(), message.id(),
				Recipients.mask(message.recipient()), message.attempts(), reason);
		if (recorded) {
			this.fallbacks.fallBack(message);
		}
	}

	void suppressed(Notification message, String reason) {
		boolean recorded = update(message,
				release().set("status", NotificationStatus.SUPPRESSED)
					.set("error", reason)
					.set("completedAt", this.clock.instant()));
		logger.info("{} {} to {} not sent: {}", message.channel(), message.id(), Recipients.mask(message.recipient()),
				reason);
		if (recorded) {
			this.fallbacks.fallBack(message);
		}
	}

	void expired(Notification message, String reason) {
		update(message,
				release().set("status", NotificationStatus.EXPIRED)
					.set("error", reason)
					.set("completedAt", this.clock.instant()));
		logger.info("{} {} not sent: {}", message.channel(), message.id(), reason);
	}

	void deferred(Notification message, Instant until) {
		update(message,
				release().set("status", NotificationStatus.PENDING).set("nextAttemptAt", until).inc("attempts", -1));
		logger.info("{} {} deferred to {} (quiet hours)", message.channel(), message.id(), until);
	}

	/**
	 * A later change of its booking made the message stale while it was being sent: it is
	 * cancelled.
	 */
	void cancelled(Notification message, String reason) {
		update(message,
				release().set("status", NotificationStatus.CANCELLED)
					.set("error", reason)
					.set("completedAt", this.clock.instant()));
		logger.info("{} {} not sent: {}", message.channel(), message.id(), reason);
	}

	/**
	 * Cancels instead of retrying a message a later change of its booking superseded
	 * while it was being sent.
	 * @return {@code true} if it was cancelled
	 */
	private boolean cancelledInstead(Notification message) {
		Query superseded = NotificationStore.sameClaim(message)
			.addCriteria(where("status").is(NotificationStatus.SENDING).and("cancelRequested").is(true));
		boolean cancelled = this.mongo
			.updateFirst(superseded,
					release().set("status", NotificationStatus.CANCELLED)
						.set("completedAt", this.clock.instant())
						.inc("version", 1),
					Notification.class)
			.getModifiedCount() > 0;
		if (cancelled) {
			logger.info("{} {} superseded by a change of its booking: not retried", message.channel(), message.id());
		}
		return cancelled;
	}

	/**
	 * Twilio does not list the message yet but may still be queueing an earlier attempt:
	 * it is looked up again at {@code at}, without counting as an attempt.
	 */
	void lookUpLater(Notification message, Instant at) {
		update(message,
				release().set("status", NotificationStatus.PENDING).set("nextAttemptAt", at).inc("attempts", -1));
		logger.info("{} {} not found at Twilio yet; looked up again at {}", message.channel(), message.id(), at);
	}

	private Update release() {
		return new Update().unset("owner").unset("leaseUntil").unset(BatchClaims.CLAIM_TOKEN);
	}

	/**
	 * Applies an outcome if the message is still as this instance claimed it: the same
	 * claim (not taken over after its lease ran out), still {@code SENDING} (no final
	 * status callback came first).
	 */
	private boolean update(Notification message, Update update) {
		Query claimed = NotificationStore.sameClaim(message)
			.addCriteria(where("status").is(NotificationStatus.SENDING));
		boolean updated = this.mongo.updateFirst(claimed, update.inc("version", 1), Notification.class)
			.getModifiedCount() > 0;
		if (!updated) {
			logger.debug("{} is no longer claimed by this instance; outcome not recorded", message.id());
		}
		return updated;
	}

}
