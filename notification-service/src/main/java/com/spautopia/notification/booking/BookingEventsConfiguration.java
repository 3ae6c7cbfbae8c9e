package com.spautopia.notification.booking;

import java.util.function.Consumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * The {@code bookingEvents} function: binding {@code bookingEvents-in-0}, bound to the
 * booking topic in application.yml with its group, retries and dead-letter topic.
 */
@Configuration(proxyBeanMethods = false)
class BookingEventsConfiguration {

	@Bean
	Consumer<Message<byte[]>> bookingEvents(BookingEventHandler handler) {
		return handler::handle;
	}

}
