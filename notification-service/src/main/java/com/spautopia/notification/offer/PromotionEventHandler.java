package com.spautopia.notification.offer;

import com.spautopia.events.EventCodec;
import com.spautopia.events.EventEnvelope;
import com.spautopia.events.InvalidEventException;
import com.spautopia.events.SpaEvent;
import com.spautopia.events.promotion.OfferIssued;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;

/**
 * Decodes a promotion event and sends the offers among them.
 */
@Component
class PromotionEventHandler {

	private static final Logger logger = LoggerFactory.getLogger(PromotionEventHandler.class);

	private final EventCodec codec;

	private final OfferNotifier offers;

	PromotionEventHandler(EventCodec codec, OfferNotifier offers) {
		this.codec = codec;
		this.offers = offers;
	}

	/**
	 * Handles one record of the promotion topic.
	 * @param message the record
	 * @throws InvalidEventException if the record is not a valid event; it goes to the
	 * dead-letter topic without retries
	 */
	void handle(Message<byte[]> message) {
		this.codec.decode(message.getHeaders(), message.getPayload()).ifPresent(this::dispatch);
	}

	private void dispatch(EventEnvelope<SpaEvent> envelope) {
		if (envelope.data() instanceof OfferIssued offer) {
			logger.info("Offer {} of campaign {} issued (event {})", offer.offerId(), offer.campaignId(),
					envelope.id());
			this.offers.onOffer(envelope.id(), offer);
		}
	}

}
