package com.spautopia.notification.message;

/**
 * Where a message is in its life.
 */
public enum NotificationStatus {

	/** Waiting to be sent at its next attempt time (first send, retry or deferral). */
	PENDING,

	/** Claimed by an instance that is handing it to the provider now. */
	SENDING,

	/** Accepted by the provider (for email: by the SMTP server). */
	SENT,

	/** The carrier reported delivery (SMS). */
	DELIVERED,

	/** The provider refused it for good, or every retry failed, or delivery failed. */
	FAILED,

	/** The carrier could not deliver it (SMS). */
	UNDELIVERED,

	/** Not sent because the recipient opted out since it was planned. */
	SUPPRESSED,

	/**
	 * Not sent because it was no longer useful (the appointment started, the offer
	 * ended).
	 */
	EXPIRED,

	/** Not sent because the appointment was cancelled or moved. */
	CANCELLED;

	boolean isFailure() {
		return this == FAILED || this == UNDELIVERED;
	}

}
