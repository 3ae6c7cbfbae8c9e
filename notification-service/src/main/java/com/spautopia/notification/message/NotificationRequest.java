package com.spautopia.notification.message;

import com.spautopia.events.Channel;
import com.spautopia.events.notification.Purpose;

/**
 * A message to send because of an event.
 *
 * @param eventId the CloudEvents id of the event that causes the message
 * @param bookingId the booking the message is about
 * @param clientId the client
 * @param channel SMS or email
 * @param purpose why it is sent
 * @param recipient the phone number or email address
 * @param body the text (for email, the plain-text part)
 */
public record NotificationRequest(String eventId, String bookingId, String clientId, Channel channel, Purpose purpose,
		String recipient, String body) {

	/**
	 * The message's id: one event sends at most one message per channel and purpose.
	 * @return {@code eventId:channel:purpose}
	 */
	public String id() {
		return this.eventId + ":" + this.channel + ":" + this.purpose;
	}

}
