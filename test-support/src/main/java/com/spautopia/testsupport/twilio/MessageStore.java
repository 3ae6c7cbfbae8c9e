package com.spautopia.testsupport.twilio;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The accepted messages, oldest first.
 */
final class MessageStore {

	private final List<SimulatedSms> messages = new ArrayList<>();

	synchronized void add(SimulatedSms sms) {
		this.messages.add(sms);
	}

	synchronized void updateStatus(String sid, String status) {
		Instant now = Instant.now();
		this.messages.replaceAll((sms) -> sms.sid().equals(sid) ? sms.withStatus(status, now) : sms);
	}

	synchronized List<SimulatedSms> all() {
		return List.copyOf(this.messages);
	}

	synchronized void clear() {
		this.messages.clear();
	}

}
