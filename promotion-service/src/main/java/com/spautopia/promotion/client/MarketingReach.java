package com.spautopia.promotion.client;

import java.util.EnumSet;
import java.util.Set;

import com.spautopia.events.Channel;

/**
 * The channels a marketing message may use for a client: those wanted, that the client
 * consented to, did not opt out of, and has an address for.
 */
public final class MarketingReach {

	private MarketingReach() {
	}

	public static Set<Channel> channels(ClientView client, Set<Channel> wanted, Set<Channel> optedOut) {
		Set<Channel> channels = EnumSet.noneOf(Channel.class);
		if (wanted.contains(Channel.SMS) && client.consents().marketingSms() && !optedOut.contains(Channel.SMS)) {
			channels.add(Channel.SMS);
		}
		if (wanted.contains(Channel.EMAIL) && client.consents().marketingEmail() && client.email() != null
				&& !optedOut.contains(Channel.EMAIL)) {
			channels.add(Channel.EMAIL);
		}
		return channels;
	}

	/**
	 * The channels a message the client earned (not marketing) may use: SMS where the
	 * client accepts service messages, email where there is an address; never a channel
	 * the client opted out of.
	 * @param client the client
	 * @param wanted the channels the sender would use
	 * @param optedOut the channels the client opted out of
	 * @return the channels
	 */
	public static Set<Channel> serviceChannels(ClientView client, Set<Channel> wanted, Set<Channel> optedOut) {
		Set<Channel> channels = EnumSet.noneOf(Channel.class);
		if (wanted.contains(Channel.SMS) && client.consents().transactionalSms() && !optedOut.contains(Channel.SMS)) {
			channels.add(Channel.SMS);
		}
		if (wanted.contains(Channel.EMAIL) && client.email() != null && !optedOut.contains(Channel.EMAIL)) {
			channels.add(Channel.EMAIL);
		}
		return channels;
	}

}
