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

	private final boolean misconfiguration;

	private final boolean outcomeUnknown;

	private final boolean throttled;

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
		this(message, retryable, errorCode, retryAfter, false, false, false);
	}

	private DeliveryException(String message, boolean retryable, @Nullable String errorCode,
			@Nullable Duration retryAfter, boolean misconfiguration, boolean outcomeUnknown, boolean throttled) {
		super(message);
		this.retryable = retryable;
		this.errorCode = errorCode;
		this.retryAfter = retryAfter;
		this.misconfiguration = misconfiguration;
		this.outcomeUnknown = outcomeUnknown;
		this.throttled = throttled;
	}

	/**
	 * The provider refused the message because this account sends too fast (HTTP 429):
	 * every message is slowed down, for {@code retryAfter} if given.
	 * @param message what happened, without secrets or unmasked recipients
	 * @param errorCode the provider's error code, such as Twilio's {@code 20429}
	 * @param retryAfter how long the provider asked to wait, if it did
	 * @return the exception, retryable
	 */
	public static DeliveryException throttled(String message, @Nullable String errorCode,
			@Nullable Duration retryAfter) {
		return new DeliveryException(message, true, errorCode, retryAfter, false, false, true);
	}

	/**
	 * Whether the provider asked this service to send more slowly.
	 * @return {@code true} after an HTTP 429
	 */
	public boolean isThrottled() {
		return this.throttled;
	}

	/**
	 * The provider may or may not have accepted the message: the connection failed or
	 * timed out after the request went out, or the provider failed itself. Before the
	 * message is sent again, the provider is asked whether it has it.
	 * @param message what happened, without secrets or unmasked recipients
	 * @param errorCode the provider's error code, if it answered
	 * @param retryAfter how long the provider asked to wait, if it did
	 * @return the exception, retryable
	 */
	public static DeliveryException outcomeUnknown(String message, @Nullable String errorCode,
			@Nullable Duration retryAfter) {
		return new DeliveryException(message, true, errorCode, retryAfter, false, true, false);
	}

	/**
	 * The provider refused this service rather than the message, such as for credentials
	 * it does not accept: every message fails alike until the configuration is fixed, so
	 * the message is kept and tried again (for as long as it is useful) instead of
	 * failing for good.
	 * @param message what happened, without secrets
	 * @param errorCode the provider's error code, such as Twilio's {@code 20003}
	 * @return the exception
	 */
	public static DeliveryException misconfiguration(String message, @Nullable String errorCode) {
		return new DeliveryException(message, true, errorCode, null, true, false, false);
	}

	/**
	 * Whether the provider may have accepted the message although this attempt failed.
	 * @return {@code true} if it may have
	 */
	public boolean isOutcomeUnknown() {
		return this.outcomeUnknown;
	}

	/**
	 * Whether sending again may succeed: the provider was unreachable, overloaded or
	 * failed itself, rather than refusing this message.
	 * @return {@code true} if a retry may succeed
	 */
	public boolean isRetryable() {
		return this.retryable;
	}

	/**
	 * Whether the failure comes from this service's configuration rather than from the
	 * message or the provider's state; such a failure is always retryable.
	 * @return {@code true} for a configuration error
	 */
	public boolean isMisconfiguration() {
		return this.misconfiguration;
	}

	public @Nullable String errorCode() {
		return this.errorCode;
	}

	public @Nullable Duration retryAfter() {
		return this.retryAfter;
	}

}
