package com.spautopia.notification.outbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The outbox relay.
 *
 * @param pollInterval how often documents with events to publish are looked for
 * @param lease how long the relaying instance holds the relay unless it renews it (well
 * above the producer's delivery timeout); another instance takes over once it expired
 */
@ConfigurationProperties("spa.notification.outbox")
public record OutboxProperties(@DefaultValue("500ms") Duration pollInterval, @DefaultValue("30s") Duration lease) {
}
