package com.spautopia.ops.kafka;

import java.time.Duration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the console.
 *
 * @param bootstrapServers the Kafka cluster the console watches
 * @param topicPrefix put before every topic name, as in the services
 * @param rateInterval how often end offsets are sampled for messages per second
 * @param deadLetterPageSize how many messages of a dead-letter topic one page of the list
 * holds, unless the caller asks for fewer
 * @param requestTimeout how long a call to Kafka may take
 * @param retention how long indexed events are kept (90 days unless set)
 * @param purgeInterval how often events past their retention are deleted (hourly unless
 * set)
 */
@Validated
@ConfigurationProperties("spa.ops")
public record OpsProperties(@NotBlank String bootstrapServers, String topicPrefix, @NotNull Duration rateInterval,
		@Positive int deadLetterPageSize, @NotNull Duration requestTimeout, Duration retention,
		Duration purgeInterval) {

	public OpsProperties {
		topicPrefix = (topicPrefix != null) ? topicPrefix : "";
		retention = (retention != null) ? retention : Duration.ofDays(90);
		purgeInterval = (purgeInterval != null) ? purgeInterval : Duration.ofHours(1);
	}

	/**
	 * The real name of a topic of the contract.
	 * @param topic a name from {@code Topics}
	 * @return the name with the prefix
	 */
	public String topic(String topic) {
		return this.topicPrefix + topic;
	}

	/**
	 * The name of a topic as the contract knows it.
	 * @param topic a real topic name
	 * @return the name without the prefix
	 */
	public String contractName(String topic) {
		return topic.startsWith(this.topicPrefix) ? topic.substring(this.topicPrefix.length()) : topic;
	}

}
