package com.spautopia.notification.sms;

import java.time.Duration;

import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The HTTP connection pool of the Twilio SDK. Every SMS is one request to one route
 * (api.twilio.com), so the pool's per-route limit caps how many SMS are in flight: keep
 * it at least {@code spa.notification.dispatch.concurrency}.
 *
 * @param maxConnections connections to the Twilio API, in total and per route
 * @param connectTimeout how long to wait for a connection to be established
 * @param responseTimeout how long to wait for an answer
 */
@ConfigurationProperties("spa.twilio.http")
@Validated
public record TwilioHttpProperties(@Positive @DefaultValue("64") int maxConnections,
		@DefaultValue("5s") Duration connectTimeout, @DefaultValue("15s") Duration responseTimeout) {
}
