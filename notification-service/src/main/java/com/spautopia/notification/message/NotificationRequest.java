package com.spautopia.notification.message;

import java.time.Instant;

import com.spautopia.events.Channel;
import com.spautopia.events.notification.Purpose;
import org.jspecify.annotations.Nullable;

/**
 * A message to send.
 *
 * @param sourceKey what causes the message: the CloudEvents id of an event, or a
 * reminder's planned occurrence; with the channel and purpose it makes the message's id,
 * so that a redelivered or replayed cause sends nothing new
 * @param channel SMS or email
 * @param purpose why it is sent
 * @param recipient the phone number or email address
 * @param content what it says
 * @param references the booking, client and campaign it is about
 * @param notBefore when it may go at the earliest
 * @param notAfter when it is no longer useful, if ever (never sent at or after)
 * @param quietZone for marketing and waitlist offers, the recipient's time zone whose
 * quiet hours it respects
 * @param fallback the email to send instead if a transactional SMS cannot be delivered
 */
public record NotificationRequest(String sourceKey, Channel channel, Purpose purpose, String recipient,
		MessageContent content, References references, Instant notBefore, @Nullable Instant notAfter,
		@Nullable String quietZone, @Nullable Fallback fallback) {

	/**
	 * The message's id: one cause sends at most one message per channel and purpose.
	 * @return {@code sourceKey:channel:purpose}
	 */
	public String id() {
		return id(this.sourceKey, this.channel, this.purpose);
	}

	static String id(String sourceKey, Channel channel, Purpose purpose) {
		return sourceKey + ":" + channel + ":" + purpose;
	}

	public NotificationRequest withFallback(@Nullable Fallback fallback) {
		return new NotificationRequest(this.sourceKey, this.channel, this.purpose, this.recipient, this.content,
				this.references, this.notBefore, this.notAfter, this.quietZone, fallback);
	}

	NotificationRequest heldUntil(Instant until) {
		Instant due = this.notBefore.isAfter(until) ? this.notBefore : until;
		return new NotificationRequest(this.sourceKey, this.channel, this.purpose, this.recipient, this.content,
				this.references, due, this.notAfter, this.quietZone, this.fallback);
	}

	/**
	 * What a message is about.
	 *
	 * @param bookingId the booking, if any
	 * @param clientId the client, if known
	 * @param campaignId the campaign, if any
	 * @param waitlistOfferId the waitlist offer, if any: its messages are withdrawn when
	 * it ends
	 */
	public record References(@Nullable String bookingId, @Nullable String clientId, @Nullable String campaignId,
			@Nullable String waitlistOfferId) {

		public References(@Nullable String bookingId, @Nullable String clientId, @Nullable String campaignId) {
			this(bookingId, clientId, campaignId, null);
		}

		public static References booking(String bookingId, String clientId) {
			return new References(bookingId, clientId, null);
		}

		/**
		 * A waitlist offer's message.
		 * @param freedBookingId the booking whose freed time is offered
		 * @param clientId the waiting client
		 * @param offerId the offer
		 * @return the references
		 */
		public static References waitlistOffer(String freedBookingId, String clientId, String offerId) {
			return new References(freedBookingId, clientId, null, offerId);
		}

	}

	/**
	 * The email that replaces a transactional SMS that cannot be delivered.
	 *
	 * @param email the client's address
	 * @param content the email
	 */
	public record Fallback(String email, MessageContent content) {
	}

}
