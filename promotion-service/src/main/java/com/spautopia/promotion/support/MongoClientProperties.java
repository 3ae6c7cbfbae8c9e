package com.spautopia.promotion.support;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * MongoDB client settings beyond the connection string.
 *
 * @param serverSelectionTimeout how long an operation waits for a reachable server
 */
@Validated
@ConfigurationProperties("spa.mongodb")
record MongoClientProperties(@NotNull Duration serverSelectionTimeout) {
}
