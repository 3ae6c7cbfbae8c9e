package com.spautopia.notification;

import java.net.URI;
import java.time.Clock;

import com.spautopia.events.EventCodec;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/**
 * Sends clients their appointment messages by SMS and email.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
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

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
