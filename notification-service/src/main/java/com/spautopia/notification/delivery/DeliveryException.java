package com.spautopia.notification.delivery;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * A message could not be handed to its provider. Its text never holds a secret or an
 * unmasked recipient, so that it can be logged and stored.
 */
public class DeliveryException extends RuntimeException {

	private final boolean retryable;

	private final @Nullable String errorCode;

	private final @Nullable Duration retryAfter;

	public DeliveryException(String message, boolean retryable) {
		this(message, retryable, null, null);
	}

	/**
	 * Creates an exception.
	 * @param message what happened, without secrets or unmasked recipients
	 * @param retryable whether sending again may succeed
	 * @param errorCode the provider's error code, such as Twilio's {@code 21211}
	 * @param retryAfter how long the provider asked to wait before the next try
	 */
	public DeliveryException(String message, boolean retryable, @Nullable String errorCode,
			@Nullable Duration retryAfter) {
		super(message);
		this.retryable = retryable;
		this.errorCode = errorCode;
		this.retryAfter = retryAfter;
	}

	/**
	 * Whether sending again may succeed: the provider was unreachable, overloaded or
	 * failed itself, rather than refusing this message.
	 * @return {@code true} if a retry may succeed
	 */
	public boolean isRetryable() {
		return this.retryable;
	}

	public @Nullable String errorCode() {
		return this.errorCode;
	}

	public @Nullable Duration retryAfter() {
		return this.retryAfter;
	}

}
