package com.spautopia.booking.waitlist;

import java.util.function.Consumer;

import com.spautopia.events.EventCodec;
import com.spautopia.events.booking.SlotFreed;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * The waitlist's consumer of booking-service's own events: freed time is offered to
 * waiting clients. Its binding has its own group (application.yml), so it reads every
 * SlotFreed whatever the service's other consumers do; a redelivered event starts no
 * second offer (the offer's id derives from the event's).
 */
@Configuration(proxyBeanMethods = false)
class WaitlistMessaging {

	@Bean
	Consumer<Message<byte[]>> freedTime(EventCodec codec, Offers offers) {
		return (message) -> codec.decode(message.getHeaders(), message.getPayload()).ifPresent((envelope) -> {
			if (envelope.data() instanceof SlotFreed freed) {
				offers.freed(envelope.id(), freed);
			}
		});
	}

}
