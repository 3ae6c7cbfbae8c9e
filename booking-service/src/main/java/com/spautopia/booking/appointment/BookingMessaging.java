package com.spautopia.booking.appointment;

import java.util.function.Consumer;

import com.spautopia.booking.client.ClientDirectory;
import com.spautopia.events.Channel;
import com.spautopia.events.EventCodec;
import com.spautopia.events.notification.AppointmentConfirmedByClient;
import com.spautopia.events.notification.ClientOptedIn;
import com.spautopia.events.notification.ClientOptedOut;
import com.spautopia.events.promotion.PromotionEvaluated;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * The booking side's consumers; bindings, groups, retries and dead-letter topics are in
 * application.yml.
 */
@Configuration(proxyBeanMethods = false)
class BookingMessaging {

	private static final Logger log = LoggerFactory.getLogger(BookingMessaging.class);

	@Bean
	Consumer<Message<byte[]>> notificationEvents(EventCodec codec, ClientDirectory clients,
			BookingLifecycle lifecycle) {
		return (message) -> codec.decode(message.getHeaders(), message.getPayload()).ifPresent((envelope) -> {
			switch (envelope.data()) {
				case ClientOptedOut out -> clients.channelConsent(out.phone(), out.channel(), false,
						source(out.channel(), out.keyword()), out.optedOutAt(), envelope.id());
				// the phone itself confirmed the offers asked for on the booking page
				case ClientOptedIn in when in.confirmsOffers() -> clients.confirmMarketing(in.phone(),
						source(in.channel(), in.keyword()), in.optedInAt(), envelope.id());
				case ClientOptedIn in -> clients.channelConsent(in.phone(), in.channel(), true,
						source(in.channel(), in.keyword()), in.optedInAt(), envelope.id());
				case AppointmentConfirmedByClient confirmed ->
					lifecycle.confirmedByClient(confirmed.bookingId(), confirmed.confirmedAt());
				default -> log.debug("Ignoring {} {}", envelope.type(), envelope.id());
			}
		});
	}

	private static String source(Channel channel, String keyword) {
		return switch (channel) {
			case SMS -> "SMS reply " + keyword;
			case EMAIL -> "email " + keyword;
		};
	}

	@Bean
	Consumer<Message<byte[]>> promotionEvents(EventCodec codec, PricingSaga saga) {
		return (message) -> codec.decode(message.getHeaders(), message.getPayload()).ifPresent((envelope) -> {
			if (envelope.data() instanceof PromotionEvaluated evaluation) {
				saga.evaluated(evaluation);
			}
			else {
				log.debug("Ignoring {} {}", envelope.type(), envelope.id());
			}
		});
	}

}
