package com.spautopia.notification.webhook;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.spautopia.notification.appointment.Appointment;
import com.spautopia.notification.delivery.Recipients;
import com.spautopia.notification.webhook.ClientReply.Kind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * The replies that need a person, kept for the front desk with the client and the
 * appointment they most likely concern. Listed newest first (an index on
 * {@code receivedAt} serves it), for one client too (an index on {@code clientId} and
 * {@code receivedAt}); erased with the client's number (an index on {@code phone}).
 */
@Component
public class ClientReplies implements SmartInitializingSingleton {

	private static final Logger logger = LoggerFactory.getLogger(ClientReplies.class);

	private final MongoOperations mongo;

	ClientReplies(MongoOperations mongo) {
		this.mongo = mongo;
	}

	@Override
	public void afterSingletonsInstantiated() {
		this.mongo.indexOps(ClientReply.class)
			.createIndex(new Index().on("receivedAt", Sort.Direction.DESC).named("receivedAt"));
		this.mongo.indexOps(ClientReply.class).createIndex(new Index().on("phone", Sort.Direction.ASC).named("phone"));
		this.mongo.indexOps(ClientReply.class)
			.createIndex(new Index().on("clientId", Sort.Direction.ASC)
				.on("receivedAt", Sort.Direction.DESC)
				.named("clientId_receivedAt"));
	}

	/**
	 * Keeps a reply for the front desk, once per Twilio message.
	 * @param messageSid Twilio's id of the SMS
	 * @param phone the number it came from
	 * @param body what it says
	 * @param kind what it was
	 * @param at when it arrived
	 * @param concerning the appointment it most likely concerns (the number's next one)
	 * @param cancelHintEmailed whether the client was emailed how to cancel it
	 */
	void keep(String messageSid, String phone, String body, Kind kind, Instant at, Optional<Appointment> concerning,
			boolean cancelHintEmailed) {
		ClientReply reply = new ClientReply(messageSid, phone, body, kind, at,
				concerning.map(Appointment::clientId).orElse(null),
				concerning.map(Appointment::clientName).orElse(null),
				concerning.map(Appointment::bookingId).orElse(null), cancelHintEmailed);
		try {
			this.mongo.insert(reply);
			logger.info("Reply {} from {} kept for the front desk", kind, Recipients.maskPhone(phone));
		}
		catch (DuplicateKeyException ex) {
			logger.debug("Reply {} was kept before", messageSid);
		}
	}

	List<ClientReply> newest(int limit) {
		return this.mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, "receivedAt")).limit(limit),
				ClientReply.class);
	}

	/**
	 * One client's replies, newest first.
	 * @param clientId the client
	 * @param limit the most replies to answer
	 * @return the replies
	 */
	List<ClientReply> newestOf(String clientId, int limit) {
		return this.mongo.find(
				query(where("clientId").is(clientId)).with(Sort.by(Sort.Direction.DESC, "receivedAt")).limit(limit),
				ClientReply.class);
	}

	/**
	 * Removes the replies from a number, for the erasure of its client's data.
	 * @param phone the number
	 * @return how many were removed
	 */
	public long erase(String phone) {
		return this.mongo.remove(query(where("phone").is(phone)), ClientReply.class).getDeletedCount();
	}

}
