package com.spautopia.notification.webhook;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An SMS from a client that needs a person: free text, or CANCEL (which opted the number
 * out of SMS, as at Twilio, although the client most likely meant the appointment, so the
 * front desk may want to call them).
 *
 * @param id Twilio's {@code MessageSid}: a webhook Twilio retries keeps one reply
 * @param phone the client's number
 * @param body what they wrote
 * @param kind free text, or the CANCEL opt-out
 * @param receivedAt when it arrived
 * @param clientId the client, if the number has an appointment
 * @param clientName the client's name, if so
 * @param bookingId the appointment it most likely concerns (the next one), if any
 * @param cancelHintEmailed for a CANCEL, whether the client was emailed how to cancel the
 * appointment (they were not if they have no email address or no appointment to come)
 */
@Document(ClientReply.COLLECTION)
public record ClientReply(@Id String id, String phone, String body, Kind kind, Instant receivedAt,
		@Nullable String clientId, @Nullable String clientName, @Nullable String bookingId, boolean cancelHintEmailed) {

	static final String COLLECTION = "replies";

	/**
	 * What the reply was.
	 */
	public enum Kind {

		/** Anything that is no keyword, such as "can I come at 3?". */
		TEXT,

		/**
		 * CANCEL: Twilio's opt-out word; the number gets no SMS any more, and the client
		 * probably wanted to cancel the appointment.
		 */
		CANCEL_OPT_OUT

	}

}
