package com.spautopia.notification.sms;

import org.jspecify.annotations.Nullable;

/**
 * Where Twilio calls this service back: the paths of the webhooks and how their public
 * URLs are formed from {@code spa.twilio.status-callback-base-url}.
 */
public final class TwilioWebhooks {

	/** The path of the status callback webhook. */
	public static final String STATUS_PATH = "/twilio/status";

	/** The path of the inbound SMS webhook. */
	public static final String INBOUND_PATH = "/twilio/inbound";

	/** The query parameter of the status callback URL that names the message. */
	public static final String MESSAGE_PARAMETER = "message";

	private TwilioWebhooks() {
	}

	/**
	 * The public URL of a webhook, as Twilio calls (and signs) it.
	 * @param baseUrl this service's public base URL
	 * @param path the webhook's path
	 * @return the URL
	 */
	public static String publicUrl(@Nullable String baseUrl, String path) {
		String base = String.valueOf(baseUrl);
		return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
	}

}
