package com.spautopia.events.notification;

import java.time.Instant;

import com.spautopia.events.Channel;
import com.spautopia.events.SpaEvent;

/**
 * A client asked to receive no more messages on a channel (for SMS: replied with a Twilio
 * opt-out word such as STOP).
 *
 * @param phone the phone number in E.164 form; the client's identity on SMS
 * @param channel the channel the client opted out of
 * @param keyword the word the client sent
 * @param optedOutAt when the reply arrived
 */
public record ClientOptedOut(String phone, Channel channel, String keyword, Instant optedOutAt) implements SpaEvent {

	@Override
	public String aggregateId() {
		return this.phone;
	}

}
