package com.spautopia.promotion.messaging;

import java.net.URI;

import com.spautopia.events.EventCodec;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MessagingConfiguration {

	/** The CloudEvents {@code source} of every event this service publishes. */
	static final URI EVENT_SOURCE = URI.create("/spa-utopia/promotion-service");

	@Bean
	EventCodec eventCodec() {
		return new EventCodec(EVENT_SOURCE);
	}

}
