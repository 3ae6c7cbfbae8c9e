package com.spautopia.promotion.redemption;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How long reservations hold and how counters are kept right.
 *
 * @param grace how long after the appointment's end a reservation of a booking never
 * completed nor cancelled holds its place in the limits
 * @param expiryInterval how often expired reservations are released and counters checked
 * @param settleTime how long a counter must be left alone before it is checked against
 * the stored redemptions (longer than any reservation takes, so none is in flight)
 * @param batchSize reservations or counters handled per run
 */
@Validated
@ConfigurationProperties("spa.redemptions")
public record RedemptionProperties(@NotNull Duration grace, @NotNull Duration expiryInterval,
		@NotNull Duration settleTime, @Positive int batchSize) {
}
