package com.spautopia.promotion.offer;

import com.spautopia.promotion.messaging.PromotionEventPublisher;

import org.springframework.stereotype.Component;

/**
 * Publishes {@code OfferIssued} to the promotion topic, keyed by the offer id, with the
 * offer's own event id so that a re-published offer is recognized by consumers.
 */
@Component
class KafkaOfferSender implements OfferSender {

	private final PromotionEventPublisher publisher;

	KafkaOfferSender(PromotionEventPublisher publisher) {
		this.publisher = publisher;
	}

	@Override
	public void send(Offer offer) {
		this.publisher.publish(offer.toEvent(), offer.eventId(), offer.issuedAt());
	}

}
