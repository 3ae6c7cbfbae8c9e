package com.spautopia.promotion.offer;

/**
 * Sends an offer's {@code OfferIssued} event to the outside world.
 */
public interface OfferSender {

	/**
	 * Sends the event, waiting until the broker has it.
	 * @param offer the offer
	 */
	void send(Offer offer);

}
