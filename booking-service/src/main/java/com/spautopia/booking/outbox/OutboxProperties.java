package com.spautopia.booking.outbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the outbox relay works.
 *
 * @param pollInterval how often the relay looks for unpublished events
 * @param lease how long the relay's lease lasts unless renewed: how long a dead instance
 * keeps others from publishing; must stay well above the producer's delivery timeout
 * @param wakeOnWrite whether a change with events written in this instance runs the relay
 * at once (otherwise it waits for the next poll)
 * @param parallelism how many documents' events are published at a time (each document's
 * one after another)
 */
@ConfigurationProperties("spa.outbox")
record OutboxProperties(@DefaultValue("200ms") Duration pollInterval, @DefaultValue("60s") Duration lease,
		@DefaultValue("true") boolean wakeOnWrite, @DefaultValue("8") int parallelism) {
}
