package com.spautopia.events.notification;

import java.time.Instant;

import com.spautopia.events.Channel;
import com.spautopia.events.SpaEvent;

/**
 * A client who had opted out asked to receive messages again (for SMS: START or UNSTOP),
 * or the phone confirmed the offers its client asked for on the booking page
 * ({@value #OFFERS}: the double opt-in of marketing consent).
 *
 * @param phone the phone number in E.164 form
 * @param channel the channel the client opted back into
 * @param keyword the word the client sent
 * @param optedInAt when the reply arrived
 */
public record ClientOptedIn(String phone, Channel channel, String keyword, Instant optedInAt) implements SpaEvent {

	/** The SMS reply that confirms offers asked for on the booking page. */
	public static final String OFFERS = "OFFERS";

	/**
	 * Whether the client confirmed offers (rather than came back to a channel).
	 * @return whether the phone replied {@value #OFFERS}
	 */
	public boolean confirmsOffers() {
		return this.channel == Channel.SMS && OFFERS.equals(this.keyword);
	}

	@Override
	public String aggregateId() {
		return this.phone;
	}

}
