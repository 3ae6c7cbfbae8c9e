package com.spautopia.notification.unsubscribe;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The unsubscribe links of marketing emails.
 *
 * @param key the key the links are signed with (a secret, never logged); empty: a key
 * derived from the Twilio auth token, so that the links change when it is rotated
 * @param baseUrl the public URL of this service the links point to (HTTPS in production,
 * as RFC 8058 requires); empty: the Twilio webhooks' public URL, else
 * {@code http://localhost:<port>}
 */
@ConfigurationProperties("spa.notification.unsubscribe")
@Validated
public record UnsubscribeProperties(@DefaultValue("") String key, @DefaultValue("") String baseUrl) {

	@Override
	public String toString() {
		return "UnsubscribeProperties[key=******, baseUrl=" + this.baseUrl + "]";
	}

}
