package com.spautopia.notification.content;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * What every message says about the sender.
 *
 * @param spaName the spa's name as clients know it
 * @param timeZone the spa's IANA time zone: the recipient's zone when their phone number
 * does not tell it
 * @param defaultLanguage the language of a client who chose none (BCP 47: {@code en} or
 * {@code pl})
 */
@ConfigurationProperties("spa.notification")
@Validated
public record NotificationProperties(@NotBlank @DefaultValue("Spa Utopia") String spaName,
		@NotBlank @DefaultValue("Europe/Warsaw") String timeZone,
		@NotBlank @DefaultValue("en") String defaultLanguage) {

	/** The languages messages are written in. */
	public static final Set<String> LANGUAGES = Set.of("en", "pl");

	public ZoneId zone() {
		return ZoneId.of(this.timeZone);
	}

	/**
	 * The language to write to a client in: the one they chose if messages exist in it,
	 * else the spa's default.
	 * @param language the client's language (BCP 47), if they chose one
	 * @return the locale of their messages
	 */
	public Locale locale(@Nullable String language) {
		if (language != null) {
			String primary = Locale.forLanguageTag(language).getLanguage();
			if (LANGUAGES.contains(primary)) {
				return Locale.forLanguageTag(primary);
			}
		}
		return Locale.forLanguageTag(this.defaultLanguage);
	}

	@AssertTrue(message = "spa.notification.default-language must be one of en, pl")
	public boolean isDefaultLanguageSupported() {
		return LANGUAGES.contains(this.defaultLanguage);
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
