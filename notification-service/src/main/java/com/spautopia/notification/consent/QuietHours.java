package com.spautopia.notification.consent;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * The hours in which no marketing message may reach a client, in the client's time zone
 * (21:00-08:00 by default).
 */
@Component
public class QuietHours {

	private final LocalTime start;

	private final LocalTime end;

	public QuietHours(QuietHoursProperties properties) {
		this.start = properties.start();
		this.end = properties.end();
	}

	/**
	 * When a marketing message that is due now may go out.
	 * @param now the current instant
	 * @param zone the recipient's time zone
	 * @return the end of the quiet hours if {@code now} falls inside them; empty if the
	 * message may go now
	 */
	public Optional<Instant> deferral(Instant now, ZoneId zone) {
		ZonedDateTime local = now.atZone(zone);
		LocalTime time = local.toLocalTime();
		if (!isQuiet(time)) {
			return Optional.empty();
		}
		boolean endsTomorrow = this.start.isAfter(this.end) && !time.isBefore(this.start);
		ZonedDateTime end = local.toLocalDate().plusDays(endsTomorrow ? 1 : 0).atTime(this.end).atZone(zone);
		return Optional.of(end.toInstant());
	}

	private boolean isQuiet(LocalTime time) {
		if (this.start.equals(this.end)) {
			return false;
		}
		if (this.start.isBefore(this.end)) {
			return !time.isBefore(this.start) && time.isBefore(this.end);
		}
		return !time.isBefore(this.start) || time.isBefore(this.end);
	}

}
