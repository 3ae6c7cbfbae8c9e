package com.spautopia.promotion.campaign;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * What a campaign preview needs to know of the sending side: how notification-service
 * frames an offer in each language, how fast SMS go out and what a segment costs.
 *
 * @param spaName the spa's name as the messages give it (notification-service's
 * {@code spa.notification.spa-name})
 * @param smsPerSecond SMS the platform hands to Twilio per second, all
 * notification-service instances together
 * ({@code spa.notification.dispatch.sms-per-second} times the instances)
 * @param smsSegmentsPerSecond segments per second the Twilio sender (number, short code
 * or Messaging Service) sends; Twilio queues what arrives faster
 * @param queueWindow how long Twilio keeps a message queued before it fails (error
 * 30001): 10 hours at most, less with a shorter validity period
 * @param pricePerSegment what Twilio charges for one segment to the spa's clients
 * @param currency the price's ISO 4217 currency
 * @param languages by language tag, the offer's frame as notification-service renders it
 * in that language
 */
@Validated
@ConfigurationProperties("spa.campaigns.preview")
record PreviewProperties(@NotBlank String spaName, @Positive double smsPerSecond, @Positive double smsSegmentsPerSecond,
		@NotNull Duration queueWindow, @NotNull @DecimalMin("0") BigDecimal pricePerSegment,
		@Pattern(regexp = "[A-Z]{3}") String currency, @NotEmpty Map<String, @Valid Frame> languages) {

	PreviewProperties {
		languages = Map.copyOf(languages);
	}

	/**
	 * An offer's frame in one language. Placeholders: {@code {spaName}},
	 * {@code {message}}, {@code {code}}, {@code {validUntil}}, {@code {firstName}},
	 * {@code {unsubscribeUrl}}.
	 *
	 * @param sms the SMS
	 * @param emailSubject the email's subject
	 * @param emailText the email's plain text
	 * @param datePattern how the offer's end date is written, such as
	 * {@code EEE d MMM uuuu}
	 */
	record Frame(@NotBlank String sms, @NotBlank String emailSubject, @NotBlank String emailText,
			@NotBlank String datePattern) {
	}

}
