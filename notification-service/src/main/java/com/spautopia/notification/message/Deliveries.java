package com.spautopia.notification.message;

import java.time.Clock;
import java.util.function.Supplier;

import com.spautopia.notification.delivery.DeliveryException;
import com.spautopia.notification.delivery.Recipients;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Sends a message at most once per event, channel and purpose, and records it.
 * <p>
 * The message's document is inserted as {@code PENDING} before anything is sent; its id
 * is unique, so a redelivered event finds it and sends nothing. Only a message whose
 * earlier send failed in a retryable way is taken back, with one atomic conditional
 * update, so that concurrent deliveries of one event never both send.
 */
@Component
public class Deliveries {

	private static final Logger logger = LoggerFactory.getLogger(Deliveries.class);

	private final MongoOperations mongo;

	private final Clock clock;

	Deliveries(MongoOperations mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	/**
	 * Sends a message unless the same event already did.
	 * @param request the message
	 * @param transmission sends it, returning the provider's id or throwing
	 * {@link DeliveryException}
	 * @return what became of it
	 */
	public DeliveryOutcome deliver(NotificationRequest request, Supplier<String> transmission) {
		if (!claim(request)) {
			logger.info("{} {} of booking {} already handled by an earlier delivery of event {}", request.channel(),
					request.purpose(), request.bookingId(), request.eventId());
			return DeliveryOutcome.ALREADY_HANDLED;
		}
		try {
			String providerId = transmission.get();
			markSent(request.id(), providerId);
			logger.info("Sent {} {} of booking {} to {} ({})", request.channel(), request.purpose(),
					request.bookingId(), Recipients.mask(request.recipient()), providerId);
			return DeliveryOutcome.SENT;
		}
		catch (DeliveryException ex) {
			markFailed(request.id(), ex);
			logger.warn("{} {} of booking {} to {} failed ({}): {}", request.channel(), request.purpose(),
					request.bookingId(), Recipients.mask(request.recipient()),
					ex.isRetryable() ? "retryable" : "permanent", ex.getMessage());
			return ex.isRetryable() ? DeliveryOutcome.FAILED_RETRYABLE : DeliveryOutcome.FAILED;
		}
	}

	private boolean claim(NotificationRequest request) {
		try {
			this.mongo.insert(Notification.pending(request, this.clock.instant()));
			return true;
		}
		catch (DuplicateKeyException ex) {
			return reclaimRetryable(request.id());
		}
	}

	private boolean reclaimRetryable(String id) {
		Notification reclaimed = this.mongo.findAndModify(
				query(where("id").is(id).and("status").is(NotificationStatus.FAILED).and("retryable").is(true)),
				new Update().set("status", NotificationStatus.PENDING)
					.set("retryable", false)
					.unset("error")
					.inc("attempts", 1),
				FindAndModifyOptions.options().returnNew(true), Notification.class);
		return reclaimed != null;
	}

	private void markSent(String id, String providerId) {
		this.mongo.updateFirst(query(where("id").is(id)),
				new Update().set("status", NotificationStatus.SENT)
					.set("providerId", providerId)
					.set("sentAt", this.clock.instant()),
				Notification.class);
	}

	private void markFailed(String id, DeliveryException ex) {
		this.mongo.updateFirst(query(where("id").is(id)),
				new Update().set("status", NotificationStatus.FAILED)
					.set("error", String.valueOf(ex.getMessage()))
					.set("retryable", ex.isRetryable()),
				Notification.class);
	}

}
