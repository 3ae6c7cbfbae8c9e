package com.spautopia.promotion.client;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.spautopia.events.Channel;
import com.spautopia.promotion.support.Masks;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Opt-outs by phone number, as notification-service reports them (a client is known on
 * SMS by their number only). Kept apart from the client view so that an opt-out counts
 * even before, or without, any appointment event for that number.
 */
@Service
public class ConsentChanges {

	private static final Logger logger = LoggerFactory.getLogger(ConsentChanges.class);

	private static final String COLLECTION = "opt_outs";

	private final MongoOperations mongo;

	ConsentChanges(MongoOperations mongo) {
		this.mongo = mongo;
	}

	public void optOut(String phone, Channel channel) {
		this.mongo.upsert(byPhone(phone), new Update().addToSet("channels", channel.name()), COLLECTION);
		logger.info("{} opted out of {}", Masks.phone(phone), channel);
	}

	public void optIn(String phone, Channel channel) {
		this.mongo.upsert(byPhone(phone), new Update().pull("channels", channel.name()), COLLECTION);
		logger.info("{} opted back into {}", Masks.phone(phone), channel);
	}

	public Set<Channel> optedOut(String phone) {
		return optedOut(List.of(phone)).getOrDefault(phone, Set.of());
	}

	/**
	 * The opt-outs of several numbers at once.
	 * @param phones the numbers
	 * @return the channels each opted-out number left; numbers with none are absent
	 */
	public Map<String, Set<Channel>> optedOut(Collection<String> phones) {
		Map<String, Set<Channel>> optedOut = new HashMap<>();
		Query query = Query.query(Criteria.where("_id").in(phones));
		for (Document document : this.mongo.find(query, Document.class, COLLECTION)) {
			Set<Channel> channels = EnumSet.noneOf(Channel.class);
			document.getList("channels", String.class, List.of())
				.forEach((name) -> channels.add(Channel.valueOf(name)));
			if (!channels.isEmpty()) {
				optedOut.put(document.getString("_id"), channels);
			}
		}
		return optedOut;
	}

	/**
	 * Forgets a number's opt-outs, for the erasure of its client's data: the erased
	 * client gets no messages anyway, as the erased client view has no consents.
	 * @param phone the number
	 */
	public void forget(String phone) {
		this.mongo.remove(byPhone(phone), COLLECTION);
	}

	private static Query byPhone(String phone) {
		return Query.query(Criteria.where("_id").is(phone));
	}

}
