package com.spautopia.events.notification;

import java.time.Instant;

import com.spautopia.events.Channel;
import com.spautopia.events.SpaEvent;

/**
 * A client who had opted out asked to receive messages again (for SMS: START or UNSTOP).
 *
 * @param phone the phone number in E.164 form
 * @param channel the channel the client opted back into
 * @param keyword the word the client sent
 * @param optedInAt when the reply arrived
 */
public record ClientOptedIn(String phone, Channel channel, String keyword, Instant optedInAt) implements SpaEvent {

	@Override
	public String aggregateId() {
		return this.phone;
	}

}
