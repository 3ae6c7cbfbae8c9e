package com.spautopia.notification.content;

import java.time.DateTimeException;
import java.time.ZoneId;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * What every message says about the sender.
 *
 * @param spaName the spa's name as clients know it
 * @param timeZone the spa's IANA time zone: the recipient's zone when their phone number
 * does not tell it
 */
@ConfigurationProperties("spa.notification")
@Validated
public record NotificationProperties(@NotBlank @DefaultValue("Spa Utopia") String spaName,
		@NotBlank @DefaultValue("Europe/Warsaw") String timeZone) {

	public ZoneId zone() {
		return ZoneId.of(this.timeZone);
	}

	@AssertTrue(message = "spa.notification.time-zone must be an IANA time zone such as Europe/Warsaw")
	public boolean isTimeZoneValid() {
		try {
			ZoneId.of(this.timeZone);
			return true;
		}
		catch (DateTimeException ex) {
			return false;
		}
	}

}
