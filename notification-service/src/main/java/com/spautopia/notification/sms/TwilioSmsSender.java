package com.spautopia.notification.sms;

import java.net.URI;
import java.net.URLEncoder;
import java.time.Duration;

import com.spautopia.notification.delivery.DeliveryException;
import com.spautopia.notification.delivery.Recipients;
import com.twilio.exception.ApiException;
import com.twilio.exception.TwilioException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.rest.api.v2010.account.MessageCreator;
import com.twilio.type.PhoneNumber;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * Sends SMS through Twilio's Messages API with the Twilio Java SDK.
 */
@Component
class TwilioSmsSender implements SmsSender {

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
			throw new DeliveryException(describe(ex), isRetryable(ex.getStatusCode()),
					(ex.getCode() != null) ? String.valueOf(ex.getCode()) : null, retryAfter);
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
	 * Twilio refuses a message for good with a 4xx (invalid or opted-out number, ...);
	 * throttling and server errors may pass on a later try.
	 */
	private static boolean isRetryable(@Nullable Integer httpStatus) {
		return httpStatus == null || httpStatus == 429 || httpStatus >= 500;
	}

}
