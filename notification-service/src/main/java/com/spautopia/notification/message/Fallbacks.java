package com.spautopia.notification.message;

import java.time.Clock;
import java.util.List;

import com.spautopia.events.Channel;
import com.spautopia.notification.message.NotificationRequest.Fallback;
import com.spautopia.notification.message.NotificationRequest.References;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Sends the email that replaces a transactional SMS that was refused, undelivered or not
 * allowed. The email gets the id the cause's own email would have ({@code
 * sourceKey:EMAIL:purpose}), so a client who already got that email gets nothing twice.
 */
@Component
class Fallbacks {

	private static final Logger logger = LoggerFactory.getLogger(Fallbacks.class);

	private final Notifications notifications;

	private final Clock clock;

	Fallbacks(Notifications notifications, Clock clock) {
		this.notifications = notifications;
		this.clock = clock;
	}

	void fallBack(Notification sms) {
		Fallback fallback = sms.fallback();
		if (fallback == null || !sms.isTransactionalSms()) {
			return;
		}
		NotificationRequest email = new NotificationRequest(sms.sourceKey(), Channel.EMAIL, sms.purpose(),
				fallback.email(), fallback.content(),
				new References(sms.bookingId(), sms.clientId(), sms.campaignId(), sms.waitlistOfferId()),
				this.clock.instant(), sms.notAfter(), null, null);
		if (this.notifications.submit(List.of(email)) > 0) {
			logger.info("{} {} falls back to email {}", sms.purpose(), sms.id(), email.id());
		}
	}

}
