package com.spautopia.ops;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The event-flow console: what flows through Kafka, what is stuck, what failed, and one
 * booking's whole story. A separate application so that operators' tools never share a
 * process, a deployment or a failure with the services they watch.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class OpsConsoleApplication {

	/**
	 * The time the console records actions and events at and purges by; tests replace it
	 * to move time.
	 * @return the system clock in UTC
	 */
	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.systemUTC();
	}

	public static void main(String[] args) {
		SpringApplication.run(OpsConsoleApplication.class, args);
	}

}
