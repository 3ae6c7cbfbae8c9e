package com.spautopia.ops.timeline;

import java.time.Clock;
import java.time.Instant;

import com.spautopia.ops.kafka.OpsProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes indexed events once the retention period ({@code spa.ops.retention}) has passed
 * since the console indexed them. The query is served by the {@code indexed_at} index.
 */
@Component
class EventRetention {

	private static final Logger logger = LoggerFactory.getLogger(EventRetention.class);

	private final IndexedEvents events;

	private final OpsProperties properties;

	private final Clock clock;

	EventRetention(IndexedEvents events, OpsProperties properties, Clock clock) {
		this.events = events;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${spa.ops.purge-interval}", initialDelayString = "${spa.ops.purge-interval}")
	long purge() {
		Instant cutoff = this.clock.instant().minus(this.properties.retention());
		long deleted = this.events.deleteIndexedBefore(cutoff);
		if (deleted > 0) {
			logger.info("Purged {} events indexed before {} (retention {})", deleted, cutoff,
					this.properties.retention());
		}
		return deleted;
	}

}
