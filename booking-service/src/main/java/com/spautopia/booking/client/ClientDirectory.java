package com.spautopia.booking.client;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import com.spautopia.events.Channel;
import com.spautopia.events.ClientSnapshot;
import com.spautopia.events.ClientSnapshot.Consents;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Registers new clients and recognizes returning ones by phone number.
 */
@Service
public class ClientDirectory {

	private static final int MAX_ATTEMPTS = 50;

	private final MongoTemplate mongo;

	private final Clock clock;

	ClientDirectory(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	/**
	 * The client with this phone number, registered now if new. A phone number is not an
	 * identity: an existing client's name and email are kept as they are (the booking
	 * being made keeps the details it was made with, see {@link #asOf}), only an email
	 * missing on record is filled in.
	 * @param name the name, for a new client
	 * @param phone the phone number in E.164 form
	 * @param email the email, or {@code null}
	 * @param consents the consents given with this booking; recorded in the consent
	 * ledger
	 * @return the client as stored
	 */
	public Client register(String name, String phone, @Nullable String email, Consents consents) {
		Instant now = this.clock.instant();
		Query byPhone = Query.query(Criteria.where("phone").is(phone));
		Update update = new Update().set("consents", consents)
			.set("updatedAt", now)
			.push("consentLedger", new ConsentChange(consents, "booking", now, null, ConsentChange.CLIENT))
			.setOnInsert("_id", UUID.randomUUID().toString())
			.setOnInsert("name", name)
			.setOnInsert("tags", List.of())
			.setOnInsert("registeredAt", now);
		if (email != null) {
			update.setOnInsert("email", email);
		}
		FindAndModifyOptions options = FindAndModifyOptions.options().upsert(true).returnNew(true);
		Client client;
		try {
			client = this.mongo.findAndModify(byPhone, update, options, Client.class);
		}
		catch (DuplicateKeyException ex) {
			// two first bookings from one new number raced: the other registered it
			client = this.mongo.findAndModify(byPhone, update, options, Client.class);
		}
		if (client != null && client.email() == null && email != null) {
			Query noEmail = Query.query(Criteria.where("_id").is(client.id()).and("email").is(null));
			client = Objects.requireNonNullElse(this.mongo.findAndModify(noEmail, new Update().set("email", email),
					FindAndModifyOptions.options().returnNew(true), Client.class), client);
		}
		return Objects.requireNonNull(client);
	}

	/**
	 * The client of a booking as the booking's events should show it now: the contact
	 * details the booking was made with (a later booking with the same number never
	 * changes where this one's messages go), with the client's current consents and tags;
	 * or the erased client, once erased.
	 * @param asBooked the client as the booking recorded it
	 * @return the client for the booking's events
	 */
	public ClientSnapshot asOf(ClientSnapshot asBooked) {
		return find(asBooked.clientId()).map((client) -> (client.erasedAt() != null) ? ClientErasure.erased(client.id())
				: new ClientSnapshot(client.id(), asBooked.name(), asBooked.phone(), asBooked.email(),
						client.consents(), client.tags(), asBooked.language()))
			.orElse(asBooked);
	}

	public Optional<Client> find(String id) {
		return Optional.ofNullable(this.mongo.findById(id, Client.class));
	}

	/**
	 * The client as erased, if staff have erased the client's personal data.
	 * @param id the client's id
	 * @return the snapshot without personal data, or empty for a client not erased
	 */
	public Optional<ClientSnapshot> erased(String id) {
		return find(id).filter((client) -> client.erasedAt() != null).map((client) -> ClientErasure.erased(id));
	}

	/**
	 * Replaces a client's tags.
	 * @param id the client's id
	 * @param tags the new tags
	 * @return the client as stored, or empty for an unknown client
	 */
	public Optional<Client> retag(String id, List<String> tags) {
		Update update = new Update().set("tags", tags).set("updatedAt", this.clock.instant());
		return Optional.ofNullable(this.mongo.findAndModify(Query.query(Criteria.where("_id").is(id)), update,
				FindAndModifyOptions.options().returnNew(true), Client.class));
	}

	/**
	 * Records that the client with this phone number left or came back to one channel;
	 * only that channel's consents change. Leaving SMS stops marketing SMS too, while
	 * coming back resumes only transactional SMS. Redelivery of the same event changes
	 * nothing; an unknown number is ignored.
	 * @param phone the phone number in E.164 form
	 * @param channel the channel the client left or came back to
	 * @param allowed whether messages on that channel may be sent from now on
	 * @param source what the client did, such as {@code SMS reply STOP}
	 * @param at when
	 * @param eventId the event that said so
	 * @return whether a client's consents changed
	 */
	public boolean channelConsent(String phone, Channel channel, boolean allowed, String source, Instant at,
			String eventId) {
		for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
			Client client = this.mongo.findOne(Query.query(Criteria.where("phone").is(phone)), Client.class);
			if (client == null
					|| client.consentLedger().stream().anyMatch((change) -> eventId.equals(change.eventId()))) {
				return false;
			}
			Consents before = client.consents();
			Consents after = switch (channel) {
				case SMS -> new Consents(allowed, allowed && before.marketingSms(), before.marketingEmail());
				case EMAIL -> new Consents(before.transactionalSms(), before.marketingSms(), allowed);
			};
			// applied only to the consents read, so two changes at once cannot undo each
			// other
			Query unchanged = Query.query(Criteria.where("_id")
				.is(client.id())
				.and("consents.transactionalSms")
				.is(before.transactionalSms())
				.and("consents.marketingSms")
				.is(before.marketingSms())
				.and("consents.marketingEmail")
				.is(before.marketingEmail())
				.and("consentLedger.eventId")
				.ne(eventId));
			Update update = new Update().set("consents", after)
				.set("updatedAt", this.clock.instant())
				.push("consentLedger", new ConsentChange(after, source, at, eventId, ConsentChange.CLIENT));
			if (this.mongo.updateFirst(unchanged, update, Client.class).getModifiedCount() == 1) {
				return true;
			}
		}
		throw new IllegalStateException("Consents of a client kept changing; gave up after " + MAX_ATTEMPTS);
	}

}
