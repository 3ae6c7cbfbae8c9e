package com.spautopia.testsupport.twilio;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A message the simulator accepted.
 *
 * @param sid the message SID ({@code SM} + 32 hex digits)
 * @param from the sender number, or {@code null} when only a Messaging Service was given
 * @param messagingServiceSid the Messaging Service SID, if any
 * @param to the recipient in E.164
 * @param body the text
 * @param statusCallback the status callback URL, if any
 * @param status the latest status: {@code queued}, then {@code sent}, then
 * {@code delivered}, {@code failed} or {@code undelivered}
 * @param acceptedAt when the simulator accepted it
 */
public record SimulatedSms(String sid, @Nullable String from, @Nullable String messagingServiceSid, String to,
		String body, @Nullable String statusCallback, String status, Instant acceptedAt) {

	SimulatedSms withStatus(String newStatus) {
		return new SimulatedSms(this.sid, this.from, this.messagingServiceSid, this.to, this.body, this.statusCallback,
				newStatus, this.acceptedAt);
	}

}
