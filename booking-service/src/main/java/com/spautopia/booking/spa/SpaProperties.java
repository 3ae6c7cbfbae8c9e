package com.spautopia.booking.spa;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The spa's location and booking rules.
 *
 * @param timeZone the spa's IANA time zone; every local time is in it
 * @param openDays the days the spa is open
 * @param opens when the spa opens on an open day
 * @param closes when the spa closes on an open day
 * @param cleanupBuffer the room's cleanup time after every appointment
 * @param minimumNotice how long before its start an appointment can still be booked
 * @param bookingHorizon how far ahead appointments can be booked
 * @param slotStep the grid of start times offered
 * @param defaultRegion the region phone numbers without a country code belong to
 * @param manageBaseUrl where clients manage their booking; the booking id and token
 * follow
 * @param pricingTimeout how long a booking waits for promotion-service before it is
 * confirmed at list price
 * @param phoneRegions the regions (ISO 3166 codes) whose phone numbers may book and be
 * texted; empty for {@code defaultRegion} only
 */
@Validated
@ConfigurationProperties("spa.booking")
public record SpaProperties(@NotNull ZoneId timeZone, @NotEmpty Set<DayOfWeek> openDays, @NotNull LocalTime opens,
		@NotNull LocalTime closes, @NotNull Duration cleanupBuffer, @NotNull Duration minimumNotice,
		@NotNull Duration bookingHorizon, @NotNull Duration slotStep, @NotBlank String defaultRegion,
		@NotNull URI manageBaseUrl, @NotNull Duration pricingTimeout, @DefaultValue Set<String> phoneRegions) {

	public boolean isOpen(DayOfWeek day) {
		return this.openDays.contains(day);
	}

}
