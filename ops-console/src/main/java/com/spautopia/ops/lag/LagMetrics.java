package com.spautopia.ops.lag;

import java.util.List;

import com.spautopia.ops.kafka.KafkaUnavailableException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * {@code spa.ops.consumer.lag}: every consumer group's lag per topic and partition,
 * refreshed at the sampling interval, for Prometheus and Grafana.
 */
@Component
class LagMetrics {

	private static final Logger logger = LoggerFactory.getLogger(LagMetrics.class);

	private final ConsumerLag lag;

	private final MultiGauge gauge;

	LagMetrics(ConsumerLag lag, MeterRegistry registry) {
		this.lag = lag;
		this.gauge = MultiGauge.builder("spa.ops.consumer.lag")
			.description("Records a consumer group has not consumed yet, per partition")
			.register(registry);
	}

	@Scheduled(fixedDelayString = "${spa.ops.rate-interval}", initialDelay = 1000)
	void refresh() {
		try {
			List<MultiGauge.Row<?>> rows = this.lag.all()
				.stream()
				.flatMap((group) -> group.partitions()
					.stream()
					.map((partition) -> MultiGauge.Row.of(Tags.of("group", group.groupId(), "topic", partition.topic(),
							"partition", String.valueOf(partition.partition())), partition.lag()))).<MultiGauge
									.Row<?>>map((row) -> row)
				.toList();
			this.gauge.register(rows, true);
		}
		catch (KafkaUnavailableException ex) {
			logger.warn("Could not read consumer lag: {}", ex.getMessage());
		}
	}

}
