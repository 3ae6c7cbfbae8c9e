package com.spautopia.notification.message;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import com.spautopia.events.EventCodec;
import com.spautopia.events.notification.MessageDelivered;
import com.spautopia.events.notification.MessageFailed;
import com.spautopia.events.notification.MessageSent;
import com.spautopia.notification.outbox.OutboxEntry;
import org.bson.Document;

import org.springframework.stereotype.Component;

/**
 * The events a message's outcome publishes, as outbox entries of its document. Their
 * CloudEvents ids derive from the message and the outcome, so that reporting one outcome
 * twice publishes one event id.
 */
@Component
class MessageEvents {

	private final EventCodec codec;

	MessageEvents(EventCodec codec) {
		this.codec = codec;
	}

	Document delivered(Notification message, Instant at) {
		MessageDelivered event = new MessageDelivered(message.id(), message.channel(), message.purpose(),
				message.clientId(), message.bookingId(), message.campaignId(), at);
		return OutboxEntry.of(eventId(message, "delivered"), event, this.codec, at).toDocument();
	}

	/**
	 * What an email's acceptance by the SMTP server publishes: it was sent, which is all
	 * this service learns of it.
	 */
	Document sent(Notification message, Instant at) {
		MessageSent event = new MessageSent(message.id(), message.channel(), message.purpose(), message.clientId(),
				message.bookingId(), message.campaignId(), at);
		return OutboxEntry.of(eventId(message, "sent"), event, this.codec, at).toDocument();
	}

	Document failed(Notification message, String errorCode, String errorMessage, Instant at) {
		MessageFailed event = new MessageFailed(message.id(), message.channel(), message.purpose(), message.clientId(),
				message.bookingId(), message.campaignId(), errorCode, errorMessage, at);
		return OutboxEntry.of(eventId(message, "failed"), event, this.codec, at).toDocument();
	}

	private static String eventId(Notification message, String outcome) {
		return UUID.nameUUIDFromBytes((message.id() + "|" + outcome).getBytes(StandardCharsets.UTF_8)).toString();
	}

}
