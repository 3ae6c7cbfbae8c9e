package com.spautopia.notification.booking;

import java.util.List;
import java.util.function.Consumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * The {@code bookingEvents} function: binding {@code bookingEvents-in-0}, bound to the
 * booking topic in application.yml with its group, batches, retries and dead-letter topic
 * (see {@link BatchDeadLetters}).
 */
@Configuration(proxyBeanMethods = false)
class BookingEventsConfiguration {

	@Bean
	Consumer<Message<List<byte[]>>> bookingEvents(BookingEventHandler handler) {
		return handler::handle;
	}

}
