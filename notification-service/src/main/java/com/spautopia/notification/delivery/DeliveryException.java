package com.spautopia.notification.delivery;

/**
 * A message could not be handed to its provider. Its text never holds a secret or an
 * unmasked recipient, so that it can be logged and stored.
 */
public class DeliveryException extends RuntimeException {

	private final boolean retryable;

	public DeliveryException(String message, boolean retryable) {
		super(message);
		this.retryable = retryable;
	}

	/**
	 * Whether sending again may succeed: the provider was unreachable, overloaded or
	 * failed itself, rather than refusing this message.
	 * @return {@code true} if a retry may succeed
	 */
	public boolean isRetryable() {
		return this.retryable;
	}

}
