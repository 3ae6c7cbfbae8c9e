package com.spautopia.notification.offer;

import java.util.function.Consumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * The {@code promotionEvents} function: binding {@code promotionEvents-in-0}, bound to
 * the promotion topic in application.yml with its group, retries and dead-letter topic.
 */
@Configuration(proxyBeanMethods = false)
class PromotionEventsConfiguration {

	@Bean
	Consumer<Message<byte[]>> promotionEvents(PromotionEventHandler handler) {
		return handler::handle;
	}

}
