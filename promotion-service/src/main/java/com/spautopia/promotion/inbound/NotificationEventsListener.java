package com.spautopia.promotion.inbound;

import com.spautopia.events.EventCodec;
import com.spautopia.events.EventEnvelope;
import com.spautopia.events.SpaEvent;
import com.spautopia.events.notification.ClientOptedIn;
import com.spautopia.events.notification.ClientOptedOut;
import com.spautopia.events.notification.MessageDelivered;
import com.spautopia.promotion.client.ConsentChanges;
import com.spautopia.promotion.offer.Offers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The {@code notificationEvents} function: records opt-outs and opt-ins by phone number
 * and the delivery of campaign offers. Both are idempotent; malformed messages are
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
			default -> logger.debug("Ignoring {} event {}", envelope.type().typeName(), envelope.id());
		}
	}

}
