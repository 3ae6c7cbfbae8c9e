package com.spautopia.promotion.campaign;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

import com.spautopia.events.Channel;
import com.spautopia.promotion.client.AudienceCriteria;
import com.spautopia.promotion.client.Audiences;
import com.spautopia.promotion.client.ClientView;
import com.spautopia.promotion.client.ConsentChanges;
import com.spautopia.promotion.client.MarketingReach;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Walks a campaign's audience in client id order, chunk by chunk, keeping only the
 * clients reachable for marketing: consent given on a wanted channel and not opted out.
 */
@Component
class AudienceScan {

	private final Audiences audiences;

	private final ConsentChanges consents;

	AudienceScan(Audiences audiences, ConsentChanges consents) {
		this.audiences = audiences;
		this.consents = consents;
	}

	/**
	 * Hands the audience to a handler chunk by chunk.
	 * @param campaign the campaign
	 * @param now the current time
	 * @param after resume after this client id, or start at the beginning
	 * @param chunkSize clients read per chunk
	 * @param handler gets each chunk; returns false to stop
	 * @return whether the whole audience was handled
	 */
	boolean scan(Campaign campaign, Instant now, @Nullable String after, int chunkSize, Predicate<Chunk> handler) {
		try (Stream<ClientView> clients = this.audiences.stream(campaign.audience(), campaign.channels(), now, after)) {
			Iterator<ClientView> iterator = clients.iterator();
			List<ClientView> chunk = new ArrayList<>(chunkSize);
			while (iterator.hasNext()) {
				chunk.add(iterator.next());
				if (chunk.size() == chunkSize || !iterator.hasNext()) {
					if (!handler.test(reachable(chunk, campaign.channels()))) {
						return false;
					}
					chunk = new ArrayList<>(chunkSize);
				}
			}
			return true;
		}
	}

	private Chunk reachable(List<ClientView> clients, Set<Channel> wanted) {
		Map<String, Set<Channel>> optedOut = this.consents.optedOut(clients.stream().map(ClientView::phone).toList());
		List<Reached> reached = new ArrayList<>(clients.size());
		for (ClientView client : clients) {
			Set<Channel> channels = MarketingReach.channels(client, wanted,
					optedOut.getOrDefault(client.phone(), Set.of()));
			if (!channels.isEmpty()) {
				reached.add(new Reached(client, channels));
			}
		}
		return new Chunk(reached, clients.get(clients.size() - 1).id());
	}

	/**
	 * A client a campaign can reach.
	 *
	 * @param client the client
	 * @param channels the channels it may use
	 */
	record Reached(ClientView client, Set<Channel> channels) {
	}

	/**
	 * A chunk of the audience.
	 *
	 * @param reached the reachable clients in it
	 * @param lastClientId the last client read, reachable or not
	 */
	record Chunk(List<Reached> reached, String lastClientId) {
	}

}
