package com.spautopia.promotion.definition;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Promotion settings.
 *
 * @param cacheTtl how long an instance prices with its in-memory copy of the promotions
 * before checking (one read of their revision) whether another instance changed them;
 * changes made through this instance apply at once
 */
@Validated
@ConfigurationProperties("spa.promotion")
record PromotionProperties(@NotNull Duration cacheTtl) {
}
