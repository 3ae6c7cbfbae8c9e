package com.spautopia.notification.consent;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.spautopia.events.Channel;
import com.spautopia.events.EventCodec;
import com.spautopia.events.SpaEvent;
import com.spautopia.events.notification.ClientOptedIn;
import com.spautopia.events.notification.ClientOptedOut;
import com.spautopia.notification.delivery.Recipients;
import com.spautopia.notification.outbox.OutboxEntry;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The numbers that opted out of SMS, one document per number in {@code phones}. Each
 * change and the event announcing it ({@link ClientOptedOut}, {@link ClientOptedIn}) are
 * one atomic write: the event waits in the document's outbox.
 */
@Component
public class SmsOptOuts {

	private static final Logger logger = LoggerFactory.getLogger(SmsOptOuts.class);

	static final String COLLECTION = "phones";

	private final MongoOperations mongo;

	private final EventCodec codec;

	private final NumberHashes hashes;

	SmsOptOuts(MongoOperations mongo, EventCodec codec, NumberHashes hashes) {
		this.mongo = mongo;
		this.codec = codec;
		this.hashes = hashes;
	}

	/**
	 * Whether a number opted out of SMS.
	 * @param phone the number in E.164 form
	 * @return {@code true} if no SMS of any kind may go to it
	 */
	public boolean isOptedOut(String phone) {
		return optedOut(List.of(phone)).contains(phone);
	}

	/**
	 * Which of several numbers opted out of SMS, read at once (by number and by the hash
	 * an erased number is kept under).
	 * @param phones the numbers in E.164 form
	 * @return those to which no SMS of any kind may go
	 */
	public Set<String> optedOut(Collection<String> phones) {
		if (phones.isEmpty()) {
			return Set.of();
		}
		Map<String, String> ids = new HashMap<>();
		for (String phone : phones) {
			ids.put(phone, phone);
			ids.put(this.hashes.hash(phone), phone);
		}
		Query numbers = Query.query(where("_id").in(ids.keySet()));
		numbers.fields().include("optedOut");
		return this.mongo.find(numbers, Document.class, COLLECTION)
			.stream()
			.filter((number) -> Boolean.TRUE.equals(number.getBoolean("optedOut")))
			.map((number) -> ids.get(number.getString("_id")))
			.collect(Collectors.toUnmodifiableSet());
	}

	/**
	 * Opts a number out of every SMS.
	 * @param phone the number
	 * @param keyword the word the client sent
	 * @param at when the reply arrived
	 * @return {@code true} if the number was not opted out before
	 */
	public boolean optOut(String phone, String keyword, Instant at) {
		ClientOptedOut event = new ClientOptedOut(phone, Channel.SMS, keyword, at);
		try {
			this.mongo.upsert(Query.query(where("_id").is(phone).and("optedOut").ne(true)),
					change(true, keyword, at, event), COLLECTION);
			logger.info("{} opted out of SMS ({})", Recipients.maskPhone(phone), keyword);
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	/**
	 * Opts a number that had opted out back into SMS.
	 * @param phone the number
	 * @param keyword the word the client sent
	 * @param at when the reply arrived
	 * @return {@code true} if the number was opted out before
	 */
	public boolean optIn(String phone, String keyword, Instant at) {
		ClientOptedIn event = new ClientOptedIn(phone, Channel.SMS, keyword, at);
		boolean changed = this.mongo
			.updateFirst(Query.query(where("_id").is(phone).and("optedOut").is(true)),
					change(false, keyword, at, event), COLLECTION)
			.getModifiedCount() > 0;
		boolean erasedOptOut = this.mongo.remove(Query.query(where("_id").is(this.hashes.hash(phone))), COLLECTION)
			.getDeletedCount() > 0;
		if (erasedOptOut && !changed) {
			// the number of an erased client who had said STOP, back in
			this.mongo.upsert(Query.query(where("_id").is(phone)), change(false, keyword, at, event), COLLECTION);
			changed = true;
		}
		if (changed) {
			logger.info("{} opted back into SMS ({})", Recipients.maskPhone(phone), keyword);
		}
		return changed;
	}

	/**
	 * Announces that the number confirmed the offers its client asked for on the booking
	 * page (the double opt-in booking-service waits for), unless it opted out of SMS.
	 * @param phone the number
	 * @param at when the reply arrived
	 * @return {@code false} if the number opted out (no SMS goes to it, not even an
	 * answer)
	 */
	public boolean confirmOffers(String phone, Instant at) {
		ClientOptedIn event = new ClientOptedIn(phone, Channel.SMS, ClientOptedIn.OFFERS, at);
		try {
			this.mongo.upsert(Query.query(where("_id").is(phone).and("optedOut").ne(true)),
					change(false, ClientOptedIn.OFFERS, at, event), COLLECTION);
			logger.info("{} confirmed offers", Recipients.maskPhone(phone));
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	/**
	 * Forgets a number, for the erasure of its client's data. If it opted out, it stays
	 * suppressed under a one-way hash ({@link NumberHashes}): the number itself is not
	 * kept, yet no SMS goes to it until it texts START again.
	 * @param phone the number
	 * @return {@code true} if the number was known
	 */
	public boolean forget(String phone) {
		if (isOptedOut(phone)) {
			// kept first, then the number removed: a crash in between leaves both, never
			// neither
			this.mongo.upsert(Query.query(where("_id").is(this.hashes.hash(phone))), new Update().set("optedOut", true),
					COLLECTION);
		}
		return this.mongo.remove(Query.query(where("_id").is(phone)), COLLECTION).getDeletedCount() > 0;
	}

	private Update change(boolean optedOut, String keyword, Instant at, SpaEvent event) {
		return change(optedOut, keyword, at, event, this.codec);
	}

	/**
	 * The one way an opt-out or opt-in is recorded, by number ({@code phones}) or by
	 * client ({@link EmailOptOuts}): the flag, the word or means, the time, and the event
	 * announcing it in the document's outbox, in one write.
	 */
	static Update change(boolean optedOut, String keyword, Instant at, SpaEvent event, EventCodec codec) {
		OutboxEntry entry = OutboxEntry.of(UUID.randomUUID().toString(), event, codec, at);
		return OutboxEntry.push(new Update().set("optedOut", optedOut).set("keyword", keyword).set("changedAt", at),
				entry.toDocument());
	}

}
