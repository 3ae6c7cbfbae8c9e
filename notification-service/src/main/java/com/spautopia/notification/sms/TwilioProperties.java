package com.spautopia.notification.sms;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.hibernate.validator.constraints.URL;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;
import org.springframework.validation.annotation.Validated;

/**
 * How to reach Twilio.
 *
 * @param accountSid the account SID ({@code AC...})
 * @param authToken the auth token; never logged
 * @param fromNumber the sender number in E.164 form, unless a messaging service sends
 * @param messagingServiceSid the messaging service ({@code MG...}) that picks the sender;
 * preferred over {@code fromNumber} when both are set
 * @param statusCallbackBaseUrl this service's public base URL for Twilio's status
 * callbacks ({@code /twilio/status} is appended); none when empty
 * @param apiUrl an HTTP server to send every Twilio API request to instead of
 * api.twilio.com, such as a local simulator; real Twilio when empty
 */
@ConfigurationProperties("spa.twilio")
@Validated
public record TwilioProperties(@NotBlank @Pattern(regexp = "AC\\w{32}") String accountSid, @NotBlank String authToken,
		@Nullable @Pattern(regexp = "(\\+[1-9]\\d{6,14})?") String fromNumber, @Nullable String messagingServiceSid,
		@Nullable @URL String statusCallbackBaseUrl, @Nullable @URL(protocol = "http") String apiUrl) {

	@AssertTrue(message = "spa.twilio.from-number or spa.twilio.messaging-service-sid must be set")
	public boolean isSenderConfigured() {
		return StringUtils.hasText(this.fromNumber) || StringUtils.hasText(this.messagingServiceSid);
	}

	boolean usesMessagingService() {
		return StringUtils.hasText(this.messagingServiceSid);
	}

	boolean hasStatusCallback() {
		return StringUtils.hasText(this.statusCallbackBaseUrl);
	}

	boolean routesToApiUrl() {
		return StringUtils.hasText(this.apiUrl);
	}

	@Override
	public String toString() {
		return "TwilioProperties[accountSid=" + this.accountSid + ", authToken=******, fromNumber=" + this.fromNumber
				+ ", messagingServiceSid=" + this.messagingServiceSid + ", statusCallbackBaseUrl="
				+ this.statusCallbackBaseUrl + ", apiUrl=" + this.apiUrl + "]";
	}

}
