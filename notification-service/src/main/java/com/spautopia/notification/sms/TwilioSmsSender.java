package com.spautopia.notification.sms;

import java.net.URI;
import java.net.URLEncoder;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import com.spautopia.notification.delivery.DeliveryException;
import com.spautopia.notification.delivery.Recipients;
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

	private final AtomicLong credentialsErrorLoggedAt = new AtomicLong(
			System.nanoTime() - CREDENTIALS_ERROR_INTERVAL.toNanos());

	private final TwilioRestClient client;

	private final TwilioProperties properties;

	TwilioSmsSender(TwilioRestClient client, TwilioProperties properties) {
		this.client = client;
		this.properties = properties;
	}

	@Override
	public String send(String to, String body, String reference) {
		try {
			return creator(to, body, reference).create(this.client).getSid();
		}
		catch (ApiException ex) {
			Duration retryAfter = RetryAfterHttpClient.takeRetryAfter();
			String code = (ex.getCode() != null) ? String.valueOf(ex.getCode()) : null;
			if (isAuthenticationError(ex)) {
				reportRefusedCredentials(ex);
				throw DeliveryException.misconfiguration(describe(ex), code);
			}
			throw new DeliveryException(describe(ex), isRetryable(ex.getStatusCode()), code, retryAfter);
		}
		catch (TwilioException ex) {
			RetryAfterHttpClient.takeRetryAfter();
			throw new DeliveryException("Twilio unreachable: " + Recipients.scrub(String.valueOf(ex.getMessage())),
					true);
		}
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

}
