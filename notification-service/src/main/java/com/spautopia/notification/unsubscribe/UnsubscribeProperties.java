package com.spautopia.notification.unsubscribe;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;

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
 * @param mailto the address in {@code List-Unsubscribe} for mail programs that only send
 * an email; read by people, not by this service
 */
@ConfigurationProperties("spa.notification.unsubscribe")
@Validated
public record UnsubscribeProperties(@DefaultValue("") String key, @DefaultValue("") String baseUrl,
		@NotBlank @Email @DefaultValue("unsubscribe@spautopia.example") String mailto) {

	@Override
	public String toString() {
		return "UnsubscribeProperties[key=******, baseUrl=" + this.baseUrl + ", mailto=" + this.mailto + "]";
	}

}
