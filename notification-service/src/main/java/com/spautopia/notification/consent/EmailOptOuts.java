package com.spautopia.notification.consent;

import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

import com.spautopia.events.Channel;
import com.spautopia.events.EventCodec;
import com.spautopia.events.notification.ClientOptedOut;
import com.spautopia.notification.delivery.Recipients;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The clients who unsubscribed from marketing email, one document per client in
 * {@code email_opt_outs}: the client's number and address as the latest offer had them
 * (so that the opt-out can be announced by number, as {@link ClientOptedOut} identifies
 * clients) and whether they opted out. The opt-out and its event are one write, the same
 * way {@link SmsOptOuts} records an SMS STOP.
 */
@Component
public class EmailOptOuts {

	private static final Logger logger = LoggerFactory.getLogger(EmailOptOuts.class);

	static final String COLLECTION = "email_opt_outs";

	private final MongoOperations mongo;

	private final EventCodec codec;

	EmailOptOuts(MongoOperations mongo, EventCodec codec) {
		this.mongo = mongo;
		this.codec = codec;
	}

	/**
	 * Remembers how to reach a client a marketing email goes to, for their unsubscribe
	 * link.
	 * @param clientId the client
	 * @param phone their number in E.164 form
	 * @param email their address
	 */
	public void remember(String clientId, String phone, String email) {
		this.mongo.upsert(Query.query(where("_id").is(clientId)), new Update().set("phone", phone).set("email", email),
				COLLECTION);
	}

	/**
	 * Whether a client unsubscribed from marketing email.
	 * @param clientId the client
	 * @return {@code true} if no marketing email may go to them
	 */
	public boolean isOptedOut(String clientId) {
		return optedOut(Set.of(clientId)).contains(clientId);
	}

	/**
	 * Which of several clients unsubscribed from marketing email, read at once.
	 * @param clientIds the clients
	 * @return those to whom no marketing email may go
	 */
	public Set<String> optedOut(Collection<String> clientIds) {
		if (clientIds.isEmpty()) {
			return Set.of();
		}
		Query clients = Query.query(where("_id").in(clientIds).and("optedOut").is(true));
		clients.fields().include("_id");
		return this.mongo.find(clients, Document.class, COLLECTION)
			.stream()
			.map((client) -> client.getString("_id"))
			.collect(Collectors.toUnmodifiableSet());
	}

	/**
	 * Opts a client out of marketing email and announces it ({@link ClientOptedOut} for
	 * {@link Channel#EMAIL}), once.
	 * @param clientId the client
	 * @param means how they asked, such as {@code UNSUBSCRIBE}
	 * @param at when
	 * @return what became of the request
	 */
	public Result optOut(String clientId, String means, Instant at) {
		Document client = this.mongo.findById(clientId, Document.class, COLLECTION);
		if (client == null || client.getString("phone") == null) {
			// never sent an offer, or erased since
			return Result.UNKNOWN;
		}
		String phone = client.getString("phone");
		ClientOptedOut event = new ClientOptedOut(phone, Channel.EMAIL, means, at);
		boolean changed = this.mongo
			.updateFirst(Query.query(where("_id").is(clientId).and("optedOut").ne(true)),
					SmsOptOuts.change(true, means, at, event, this.codec), COLLECTION)
			.getModifiedCount() > 0;
		if (changed) {
			logger.info("Client {} ({}) opted out of marketing email ({})", clientId,
					Recipients.mask(String.valueOf(client.getString("email"))), means);
			return Result.OPTED_OUT;
		}
		return Result.ALREADY_OPTED_OUT;
	}

	/**
	 * Forgets a client's number and address, for the erasure of their data; whether they
	 * opted out is kept, by client id.
	 * @param clientId the client
	 */
	public void forget(String clientId) {
		this.mongo.updateFirst(Query.query(where("_id").is(clientId)), new Update().unset("phone").unset("email"),
				COLLECTION);
	}

	/**
	 * What became of an opt-out request.
	 */
	public enum Result {

		/** Opted out now. */
		OPTED_OUT,

		/** Opted out before. */
		ALREADY_OPTED_OUT,

		/** Not a client this service sent marketing email to. */
		UNKNOWN

	}

}
