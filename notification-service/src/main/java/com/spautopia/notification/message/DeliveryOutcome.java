package com.spautopia.notification.message;

/**
 * What became of one message.
 */
public enum DeliveryOutcome {

	/** The provider accepted it. */
	SENT,

	/** An earlier delivery of the same event already handled it: nothing was sent. */
	ALREADY_HANDLED,

	/** The provider refused it for good. */
	FAILED,

	/** It failed in a way that may pass when the event is delivered again. */
	FAILED_RETRYABLE;

	public boolean isRetryable() {
		return this == FAILED_RETRYABLE;
	}

}
