package com.spautopia.promotion.inbound;

import com.spautopia.events.Channel;
import com.spautopia.events.EventCodec;
import com.spautopia.events.EventEnvelope;
import com.spautopia.events.SpaEvent;
import com.spautopia.events.notification.ClientOptedIn;
import com.spautopia.events.notification.ClientOptedOut;
import com.spautopia.events.notification.MessageDelivered;
import com.spautopia.events.notification.MessageSent;
import com.spautopia.promotion.client.ConsentChanges;
import com.spautopia.promotion.offer.Offers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The {@code notificationEvents} function: records opt-outs and opt-ins by phone number
 * and the delivery of campaign offers (an SMS Twilio reported delivered, an email our
 * SMTP server accepted: {@code MessageSent}). Both are idempotent; malformed messages are
 * dead-lettered.
 */
@Component("notificationEvents")
class NotificationEventsListener extends EventConsumer {

	private static final Logger logger = LoggerFactory.getLogger(NotificationEventsListener.class);

	private final ConsentChanges consents;

	private final Offers offers;

	NotificationEventsListener(EventCodec codec, ConsentChanges consents, Offers offers) {
		super(codec);
		this.consents = consents;
		this.offers = offers;
	}

	@Override
	void handle(EventEnvelope<SpaEvent> envelope) {
		switch (envelope.data()) {
			case ClientOptedOut optedOut -> this.consents.optOut(optedOut.phone(), optedOut.channel());
			case ClientOptedIn optedIn -> this.consents.optIn(optedIn.phone(), optedIn.channel());
			case MessageDelivered delivered when delivered.campaignId() != null && delivered.clientId() != null ->
				this.offers.markDelivered(delivered.campaignId(), delivered.clientId(), delivered.deliveredAt());
			// an email is never reported delivered: the SMTP server's acceptance is as
			// far as anyone knows
			case MessageSent sent when sent.channel() == Channel.EMAIL && sent.campaignId() != null
					&& sent.clientId() != null ->
				this.offers.markDelivered(sent.campaignId(), sent.clientId(), sent.sentAt());
			default -> logger.debug("Ignoring {} event {}", envelope.type().typeName(), envelope.id());
		}
	}

}
