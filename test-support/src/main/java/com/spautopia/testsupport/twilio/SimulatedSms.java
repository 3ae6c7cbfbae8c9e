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
 * @param traceparent the W3C {@code traceparent} header of the request that created it,
 * if any
 * @param dateSent when it was sent on to the carrier (its status became {@code sent});
 * {@code null} while it is queued, as Twilio's {@code date_sent}
 * @param validityPeriod the {@code ValidityPeriod} it was created with, in seconds, if
 * any
 */
public record SimulatedSms(String sid, @Nullable String from, @Nullable String messagingServiceSid, String to,
		String body, @Nullable String statusCallback, String status, Instant acceptedAt, @Nullable String traceparent,
		@Nullable Instant dateSent, @Nullable Integer validityPeriod) {

	public SimulatedSms(String sid, @Nullable String from, @Nullable String messagingServiceSid, String to, String body,
			@Nullable String statusCallback, String status, Instant acceptedAt, @Nullable String traceparent) {
		this(sid, from, messagingServiceSid, to, body, statusCallback, status, acceptedAt, traceparent, null, null);
	}

	public SimulatedSms(String sid, @Nullable String from, @Nullable String messagingServiceSid, String to, String body,
			@Nullable String statusCallback, String status, Instant acceptedAt) {
		this(sid, from, messagingServiceSid, to, body, statusCallback, status, acceptedAt, null, null, null);
	}

	/**
	 * The trace id of the request that created the message.
	 * @return the 32 hex digits of its {@code traceparent}, or {@code null} if it had
	 * none
	 */
	public @Nullable String traceId() {
		String[] fields = (this.traceparent != null) ? this.traceparent.split("-") : new String[0];
		return (fields.length >= 3) ? fields[1] : null;
	}

	SimulatedSms withStatus(String newStatus, Instant now) {
		Instant sent = (this.dateSent == null && !newStatus.equals("queued")) ? now : this.dateSent;
		return new SimulatedSms(this.sid, this.from, this.messagingServiceSid, this.to, this.body, this.statusCallback,
				newStatus, this.acceptedAt, this.traceparent, sent, this.validityPeriod);
	}

}
