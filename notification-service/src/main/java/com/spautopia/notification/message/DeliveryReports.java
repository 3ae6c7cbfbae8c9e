package com.spautopia.notification.message;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import com.spautopia.events.Channel;
import com.spautopia.notification.delivery.Recipients;
import com.spautopia.notification.outbox.OutboxEntry;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Applies the delivery reports of the SMS provider (Twilio's status callbacks) to the
 * messages: {@code delivered} and {@code failed}/{@code undelivered} are final and
 * publish {@code MessageDelivered}/{@code MessageFailed} in the same atomic write; a
 * failed transactional SMS falls back to email. Reports are applied once, whatever their
 * order. Emails get no reports: they stay {@code SENT}, accepted by the SMTP server,
 * which is all this service learns of them.
 */
@Component
public class DeliveryReports {

	private static final Logger logger = LoggerFactory.getLogger(DeliveryReports.class);

	private static final int MAX_CONFLICTS = 5;

	private static final List<NotificationStatus> OPEN = List.of(NotificationStatus.SENDING, NotificationStatus.SENT);

	private final MongoOperations mongo;

	private final MessageEvents events;

	private final Fallbacks fallbacks;

	private final Clock clock;

	DeliveryReports(MongoOperations mongo, MessageEvents events, Fallbacks fallbacks, Clock clock) {
		this.mongo = mongo;
		this.events = events;
		this.fallbacks = fallbacks;
		this.clock = clock;
	}

	/**
	 * Applies one report.
	 * @param messageId this service's id of the message
	 * @param providerId the provider's id of it (Twilio's {@code MessageSid})
	 * @param providerStatus the reported status
	 * @param errorCode the provider's error code, if any
	 * @return {@code false} if no such message was sent
	 */
	public boolean report(String messageId, String providerId, String providerStatus, @Nullable String errorCode) {
		for (int attempt = 0; attempt < MAX_CONFLICTS; attempt++) {
			Notification message = this.mongo.findById(messageId, Notification.class);
			if (message == null) {
				return false;
			}
			if (message.channel() != Channel.SMS) {
				// Twilio reports on SMS only: an email is SENT once the SMTP server took
				// it,
				// and nothing Twilio says makes it delivered
				logger.warn("Status {} of {} names email {}: ignored", providerStatus, providerId, messageId);
				return true;
			}
			if (!isOpen(message, providerId) || apply(message, providerId, providerStatus, errorCode)) {
				return true;
			}
		}
		logger.warn("Status {} of {} not applied: the message kept changing", providerStatus, messageId);
		return true;
	}

	private static boolean isOpen(Notification message, String providerId) {
		return OPEN.contains(message.status())
				&& (message.providerId() == null || message.providerId().equals(providerId));
	}

	/**
	 * Applies a report to the message as read.
	 * @return {@code false} if the message changed since it was read
	 */
	private boolean apply(Notification message, String providerId, String providerStatus, @Nullable String errorCode) {
		// no version change: the version is the dispatcher's, and its claim must still be
		// able to record the send this report may have overtaken
		Update update = new Update().set("providerStatus", providerStatus).set("providerId", providerId);
		NotificationStatus status = finalStatus(providerStatus);
		Instant now = this.clock.instant();
		String reason = "Twilio reported " + providerStatus + " (error " + ((errorCode != null) ? errorCode : "none")
				+ ")";
		if (status == NotificationStatus.DELIVERED) {
			OutboxEntry.push(update, this.events.delivered(message, now));
		}
		else if (status != null) {
			String code = (errorCode != null) ? errorCode : "unknown";
			OutboxEntry.push(update.set("errorCode", code).set("error", reason),
					this.events.failed(message, code, reason, now));
		}
		if (status != null) {
			update.set("status", status).set("completedAt", now).unset("owner").unset("leaseUntil");
		}
		Query unchanged = query(where("_id").is(message.id())
			.and("status")
			.is(message.status())
			.and("providerStatus")
			.is(message.providerStatus()));
		if (this.mongo.updateFirst(unchanged, update, Notification.class).getModifiedCount() == 0) {
			return false;
		}
		if (status == NotificationStatus.DELIVERED) {
			logger.info("SMS {} delivered to {}", message.id(), Recipients.mask(message.recipient()));
		}
		else if (status != null) {
			logger.warn("SMS {} to {}: {}", message.id(), Recipients.mask(message.recipient()), reason);
			this.fallbacks.fallBack(message);
		}
		return true;
	}

	/**
	 * The final status a Twilio status stands for, if it is final.
	 * @param providerStatus the reported status
	 * @return the message's final status, or {@code null} for a status on the way
	 */
	static @Nullable NotificationStatus finalStatus(String providerStatus) {
		return switch (providerStatus.toLowerCase(Locale.ROOT)) {
			case "delivered", "read" -> NotificationStatus.DELIVERED;
			case "undelivered" -> NotificationStatus.UNDELIVERED;
			case "failed", "canceled" -> NotificationStatus.FAILED;
			default -> null;
		};
	}

}
