package com.spautopia.notification;

import java.net.URI;
import java.time.Clock;

import com.spautopia.events.EventCodec;
import com.spautopia.notification.delivery.InstanceId;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Sends clients their appointment messages and offers by SMS and email.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class NotificationServiceApplication {

	/** The CloudEvents {@code source} of the events this service publishes. */
	static final URI EVENT_SOURCE = URI.create("/spa-utopia/notification-service");

	public static void main(String[] args) {
		SpringApplication.run(NotificationServiceApplication.class, args);
	}

	@Bean
	EventCodec eventCodec() {
		return new EventCodec(EVENT_SOURCE);
	}

	/**
	 * The time every decision is taken at; tests replace it to move time.
	 * @return the system clock in UTC
	 */
	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	InstanceId instanceId() {
		return InstanceId.random();
	}

}
