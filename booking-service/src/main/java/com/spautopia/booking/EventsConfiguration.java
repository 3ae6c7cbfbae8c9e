package com.spautopia.booking;

import java.net.URI;

import com.spautopia.events.EventCodec;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class EventsConfiguration {

	static final URI SOURCE = URI.create("/spa-utopia/booking-service");

	@Bean
	EventCodec eventCodec() {
		return new EventCodec(SOURCE);
	}

}
