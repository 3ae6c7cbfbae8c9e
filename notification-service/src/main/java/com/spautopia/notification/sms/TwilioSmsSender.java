package com.spautopia.notification.sms;

import java.net.URI;
import java.net.URLEncoder;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import com.spautopia.notification.delivery.DeliveryException;
import com.spautopia.notification.delivery.Recipients;
import com.twilio.base.ResourceSet;
import com.twilio.exception.ApiException;
import com.twilio.exception.TwilioException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.rest.api.v2010.account.MessageCreator;
import com.twilio.type.PhoneNumber;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * Sends SMS through Twilio's Messages API with the Twilio Java SDK.
 */
@Component
class TwilioSmsSender implements SmsSender {

	private static final Logger logger = LoggerFactory.getLogger(TwilioSmsSender.class);

	private static final Duration CREDENTIALS_ERROR_INTERVAL = Duration.ofMinutes(1);

	/** How far the provider's clock may be behind this service's. */
	static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

	/** The most of a recipient's messages read in one look-up. */
	private static final int MAX_LOOKED_AT = 1000;

	private static final long PAGE_SIZE = 100;

	private static final long MAX_VALIDITY_SECONDS = 36_000;

	private final AtomicLong credentialsErrorLoggedAt = new AtomicLong(
			System.nanoTime() - CREDENTIALS_ERROR_INTERVAL.toNanos());

	private final TwilioRestClient client;

	private final TwilioProperties properties;

	TwilioSmsSender(TwilioRestClient client, TwilioProperties properties) {
		this.client = client;
		this.properties = properties;
	}

	@Override
	public String send(String to, String body, String reference, Duration validity) {
		try {
			return creator(to, body, reference).setValidityPeriod(validityPeriod(validity))
				.create(this.client)
				.getSid();
		}
		catch (ApiException ex) {
			Duration retryAfter = RetryAfterHttpClient.takeRetryAfter();
			String code = (ex.getCode() != null) ? String.valueOf(ex.getCode()) : null;
			if (isAuthenticationError(ex)) {
				reportRefusedCredentials(ex);
				throw DeliveryException.misconfiguration(describe(ex), code);
			}
			if (Integer.valueOf(429).equals(ex.getStatusCode())) {
				throw DeliveryException.throttled(describe(ex), code, retryAfter);
			}
			if (isServerError(ex.getStatusCode())) {
				// Twilio may have created the message before it failed
				throw DeliveryException.outcomeUnknown(describe(ex), code, retryAfter);
			}
			throw new DeliveryException(describe(ex), isRetryable(ex.getStatusCode()), code, retryAfter);
		}
		catch (TwilioException ex) {
			RetryAfterHttpClient.takeRetryAfter();
			// the request may have reached Twilio before the connection failed or timed
			// out
			throw DeliveryException
				.outcomeUnknown("Twilio unreachable: " + Recipients.scrub(String.valueOf(ex.getMessage())), null, null);
		}
	}

	/**
	 * Reads the recipient's messages Twilio sent since the day the first attempt began
	 * (the Messages list filtered by {@code To} and {@code DateSent}, newest first, page
	 * by page) until one matches the text and was created after the first attempt began,
	 * or the messages are older than that. A message Twilio still queues has no
	 * {@code date_sent} and is not listed yet: the caller waits long enough before it
	 * concludes that Twilio does not have the message.
	 */
	@Override
	public Optional<String> findAccepted(String to, String body, Instant notBefore) {
		Instant since = notBefore.minus(CLOCK_SKEW);
		try {
			ResourceSet<Message> messages = Message.reader()
				.setTo(new PhoneNumber(to))
				.setDateSentAfter(since.atZone(ZoneOffset.UTC))
				.setPageSize(PAGE_SIZE)
				.read(this.client);
			int lookedAt = 0;
			for (Message message : messages) {
				if (lookedAt++ >= MAX_LOOKED_AT || isBefore(message.getDateSent(), since)) {
					break;
				}
				if (body.equals(message.getBody()) && !isBefore(message.getDateCreated(), since)) {
					return Optional.of(message.getSid());
				}
			}
			return Optional.empty();
		}
		catch (ApiException ex) {
			Duration retryAfter = RetryAfterHttpClient.takeRetryAfter();
			String code = (ex.getCode() != null) ? String.valueOf(ex.getCode()) : null;
			throw DeliveryException.outcomeUnknown("Twilio's Messages list failed: " + describe(ex), code, retryAfter);
		}
		catch (TwilioException ex) {
			RetryAfterHttpClient.takeRetryAfter();
			throw DeliveryException
				.outcomeUnknown("Twilio unreachable: " + Recipients.scrub(String.valueOf(ex.getMessage())), null, null);
		}
	}

	/**
	 * Twilio's {@code ValidityPeriod}: whole seconds from 1 to 36,000 (10 hours).
	 */
	static int validityPeriod(Duration validity) {
		return (int) Math.clamp(validity.toSeconds(), 1, MAX_VALIDITY_SECONDS);
	}

	private static boolean isBefore(@Nullable ZonedDateTime time, Instant instant) {
		return time != null && time.toInstant().isBefore(instant);
	}

	private MessageCreator creator(String to, String body, String reference) {
		PhoneNumber recipient = new PhoneNumber(to);
		MessageCreator creator = this.properties.usesMessagingService()
				? Message.creator(recipient, this.properties.messagingServiceSid(), body)
				: Message.creator(recipient, new PhoneNumber(this.properties.fromNumber()), body);
		if (this.properties.hasStatusCallback()) {
			String url = TwilioWebhooks.publicUrl(this.properties.statusCallbackBaseUrl(), TwilioWebhooks.STATUS_PATH);
			creator.setStatusCallback(URI
				.create(url + "?" + TwilioWebhooks.MESSAGE_PARAMETER + "=" + URLEncoder.encode(reference, UTF_8)));
		}
		return creator;
	}

	private static String describe(ApiException ex) {
		return "Twilio error " + ex.getCode() + " (HTTP " + ex.getStatusCode() + "): "
				+ Recipients.scrub(String.valueOf(ex.getMessage()));
	}

	/**
	 * HTTP 401 / error 20003: Twilio does not accept the account SID and auth token.
	 */
	private static boolean isAuthenticationError(ApiException ex) {
		return Integer.valueOf(401).equals(ex.getStatusCode()) || Integer.valueOf(20003).equals(ex.getCode());
	}

	/**
	 * Logs an error naming the configuration to fix (never its values), at most once a
	 * minute: every SMS fails the same way until then.
	 */
	private void reportRefusedCredentials(ApiException ex) {
		long now = System.nanoTime();
		long last = this.credentialsErrorLoggedAt.get();
		if (now - last >= CREDENTIALS_ERROR_INTERVAL.toNanos()
				&& this.credentialsErrorLoggedAt.compareAndSet(last, now)) {
			logger.error("Twilio refused this service's credentials (HTTP {}, error {}): check spa.twilio.account-sid "
					+ "and spa.twilio.auth-token (SPA_TWILIO_ACCOUNT_SID, SPA_TWILIO_AUTH_TOKEN). "
					+ "SMS are kept and retried until Twilio accepts them.", ex.getStatusCode(), ex.getCode());
		}
	}

	/**
	 * Twilio refuses a message for good with a 4xx (invalid or opted-out number, ...);
	 * throttling and server errors may pass on a later try. (Refused credentials are
	 * handled before: they are this service's error, not the message's.)
	 */
	private static boolean isRetryable(@Nullable Integer httpStatus) {
		return httpStatus == null || httpStatus == 429 || httpStatus >= 500;
	}

	private static boolean isServerError(@Nullable Integer httpStatus) {
		return httpStatus != null && httpStatus >= 500;
	}

}
