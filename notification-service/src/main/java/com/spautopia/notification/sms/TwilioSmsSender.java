package com.spautopia.notification.sms;

import java.net.URI;

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

/**
 * Sends SMS through Twilio's Messages API with the Twilio Java SDK.
 */
@Component
class TwilioSmsSender implements SmsSender {

	static final String STATUS_CALLBACK_PATH = "/twilio/status";

	private final TwilioRestClient client;

	private final TwilioProperties properties;

	TwilioSmsSender(TwilioRestClient client, TwilioProperties properties) {
		this.client = client;
		this.properties = properties;
	}

	@Override
	public String send(String to, String body) {
		try {
			return creator(to, body).create(this.client).getSid();
		}
		catch (ApiException ex) {
			throw new DeliveryException(describe(ex), isRetryable(ex.getStatusCode()));
		}
		catch (TwilioException ex) {
			throw new DeliveryException("Twilio unreachable: " + Recipients.scrub(String.valueOf(ex.getMessage())),
					true);
		}
	}

	private MessageCreator creator(String to, String body) {
		PhoneNumber recipient = new PhoneNumber(to);
		MessageCreator creator = this.properties.usesMessagingService()
				? Message.creator(recipient, this.properties.messagingServiceSid(), body)
				: Message.creator(recipient, new PhoneNumber(this.properties.fromNumber()), body);
		if (this.properties.hasStatusCallback()) {
			creator.setStatusCallback(
					URI.create(stripTrailingSlash(this.properties.statusCallbackBaseUrl()) + STATUS_CALLBACK_PATH));
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

	private static String stripTrailingSlash(@Nullable String url) {
		String value = String.valueOf(url);
		return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
	}

}
