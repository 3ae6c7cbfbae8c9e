package com.spautopia.promotion.offer;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How offers are published.
 *
 * @param relayInterval how often the relay looks for offers waiting to be published
 * @param leaseDuration how long one instance holds the right to publish offers without
 * renewing it
 * @param batchSize offers read and published per batch
 * @param publishConcurrency sends in flight at once (the producer batches them)
 */
@Validated
@ConfigurationProperties("spa.offers")
public record OfferProperties(@NotNull Duration relayInterval, @NotNull Duration leaseDuration, @Positive int batchSize,
		@Positive int publishConcurrency) {
}
