package com.spautopia.promotion.inbound;

import java.util.function.Consumer;

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

import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;

/**
 * The {@code notificationEvents} function: records opt-outs and opt-ins by phone number
 * and the delivery of campaign offers. Both are idempotent; malformed messages are
 * dead-lettered.
 */
@Component("notificationEvents")
class NotificationEventsListener implements Consumer<Message<byte[]>> {

	private static final Logger logger = LoggerFactory.getLogger(NotificationEventsListener.class);

	private final EventCodec codec;

	private final ConsentChanges consents;

	private final Offers offers;

	NotificationEventsListener(EventCodec codec, ConsentChanges consents, Offers offers) {
		this.codec = codec;
		this.consents = consents;
		this.offers = offers;
	}

	@Override
	public void accept(Message<byte[]> message) {
		this.codec.decode(message.getHeaders(), message.getPayload())
			.ifPresentOrElse(this::handle, () -> logger.debug("Ignoring an event of a type unknown to this contract"));
	}

	private void handle(EventEnvelope<SpaEvent> envelope) {
		switch (envelope.data()) {
			case ClientOptedOut optedOut -> this.consents.optOut(optedOut.phone(), optedOut.channel());
			case ClientOptedIn optedIn -> this.consents.optIn(optedIn.phone(), optedIn.channel());
			case MessageDelivered delivered when delivered.campaignId() != null && delivered.clientId() != null ->
				this.offers.markDelivered(delivered.campaignId(), delivered.clientId(), delivered.deliveredAt());
			default -> logger.debug("Ignoring {} event {}", envelope.type().typeName(), envelope.id());
		}
	}

}
