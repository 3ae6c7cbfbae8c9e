package com.spautopia.booking.client;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.spautopia.booking.outbox.Outbox;
import com.spautopia.events.Channel;
import com.spautopia.events.ClientSnapshot;
import com.spautopia.events.ClientSnapshot.Consents;
import com.spautopia.events.booking.ClientConsentsChanged;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
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

	private static final Logger log = LoggerFactory.getLogger(ClientDirectory.class);

	private static final int MAX_ATTEMPTS = 50;

	private final MongoTemplate mongo;

	private final Clock clock;

	private final Outbox outbox;

	ClientDirectory(MongoTemplate mongo, Outbox outbox, Clock clock) {
		this.mongo = mongo;
		this.outbox = outbox;
		this.clock = clock;
	}

	/**
	 * The client with this phone number, registered now if new. A phone number is not an
	 * identity: an existing client's name and email are kept as they are (the booking
	 * being made keeps the details it was made with, see {@link #asOf}), only an email
	 * missing on record is filled in. The booking form's SMS consent applies at once (the
	 * client is texted about this booking); its marketing consent is only asked for: it
	 * counts once the client confirms it from the link sent to them (double opt-in, see
	 * {@link #confirmMarketing}), and a booking without it withdraws nothing. Each change
	 * is one conditional write, with its consent ledger entry.
	 * @param name the name, for a new client
	 * @param phone the phone number in E.164 form
	 * @param email the email, or {@code null}
	 * @param given the consents given on the booking form
	 * @return the client as stored
	 */
	public Client register(String name, String phone, @Nullable String email, Consents given) {
		for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
			Instant now = this.clock.instant();
			Client existing = this.mongo.findOne(Query.query(Criteria.where("phone").is(phone)), Client.class);
			Optional<Client> registered = (existing != null) ? update(existing, email, given, now)
					: insert(name, phone, email, given, now);
			if (registered.isPresent()) {
				return registered.get();
			}
		}
		throw new IllegalStateException("A client kept changing; gave up after " + MAX_ATTEMPTS);
	}

	private Optional<Client> insert(String name, String phone, @Nullable String email, Consents given, Instant now) {
		Consents consents = MarketingConsent.onBooking(null, given);
		boolean asked = MarketingConsent.asksForMarketing(null, given);
		Client client = new Client(UUID.randomUUID().toString(), name, phone, email, consents, List.of(),
				ledgerOnBooking(consents, asked, now), now, now, null, asked ? now : null, ClientQuery.words(name));
		try {
			return Optional.of(this.mongo.insert(client));
		}
		catch (DuplicateKeyException ex) {
			// two first bookings from one new number raced: the other registered it
			return Optional.empty();
		}
	}

	private Optional<Client> update(Client existing, @Nullable String email, Consents given, Instant now) {
		Consents consents = MarketingConsent.onBooking(existing.consents(), given);
		boolean asked = MarketingConsent.asksForMarketing(existing.consents(), given);
		Update update = new Update().set("consents", consents).set("updatedAt", now);
		ledgerOnBooking(consents, asked, now).forEach((change) -> update.push("consentLedger", change));
		Instant requested = existing.marketingRequestedAt();
		if (asked && requested == null) {
			requested = now;
			update.set("marketingRequestedAt", now);
		}
		boolean fillEmail = existing.email() == null && email != null;
		if (fillEmail) {
			update.set("email", email);
		}
		List<String> nameWords = existing.nameWords();
		if (nameWords.isEmpty() && existing.erasedAt() == null) {
			// a client registered before staff could search by name becomes findable
			nameWords = ClientQuery.words(existing.name());
			update.set("nameWords", nameWords);
		}
		Query unchanged = unchanged(existing).addCriteria(Criteria.where("email").is(existing.email()));
		if (this.mongo.updateFirst(unchanged, update, Client.class).getModifiedCount() == 0) {
			return Optional.empty();
		}
		return Optional.of(new Client(existing.id(), existing.name(), existing.phone(),
				fillEmail ? email : existing.email(), consents, existing.tags(), existing.consentLedger(),
				existing.registeredAt(), now, existing.erasedAt(), requested, nameWords));
	}

	private static List<ConsentChange> ledgerOnBooking(Consents consents, boolean askedForMarketing, Instant now) {
		List<ConsentChange> changes = new ArrayList<>();
		changes.add(new ConsentChange(consents, "booking", now, null, ConsentChange.CLIENT));
		if (askedForMarketing) {
			changes.add(new ConsentChange(consents, ConsentChange.MARKETING_ASKED, now, null, ConsentChange.CLIENT));
		}
		return changes;
	}

	/**
	 * Confirms the marketing consent asked for on the booking page, on the word of the
	 * phone itself: the client replied to our SMS (double opt-in; whoever typed the
	 * number into the form cannot). Marketing SMS where the client takes SMS, marketing
	 * email where there is an address. A number that asked for nothing, an unknown or
	 * erased one, or the same event again changes nothing.
	 * @param phone the number in E.164 form
	 * @param source what the client did, such as {@code SMS reply OFFERS}
	 * @param at when
	 * @param eventId the event that said so
	 * @return whether the client's consents changed
	 */
	public boolean confirmMarketing(String phone, String source, Instant at, String eventId) {
		for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
			Client client = this.mongo.findOne(Query.query(Criteria.where("phone").is(phone)), Client.class);
			if (client == null || client.erasedAt() != null || client.marketingRequestedAt() == null) {
				return false;
			}
			Consents after = MarketingConsent.confirmed(client.consents(), client.email() != null);
			String said = source + ": " + MarketingConsent.CONFIRMED;
			Update update = Outbox.append(
					new Update().set("consents", after)
						.unset("marketingRequestedAt")
						.set("updatedAt", this.clock.instant())
						.push("consentLedger", new ConsentChange(after, said, at, eventId, ConsentChange.CLIENT)),
					this.outbox.entry(new ClientConsentsChanged(client.id(), after, said, at), at));
			Query unchanged = unchanged(client).addCriteria(Criteria.where("marketingRequestedAt")
				.is(client.marketingRequestedAt())
				.and("erasedAt")
				.is(null)
				.and("consentLedger.eventId")
				.ne(eventId));
			if (this.mongo.updateFirst(unchanged, update, Client.class).getModifiedCount() == 1) {
				this.outbox.written();
				log.info("Client {}: {}", client.id(), said);
				return true;
			}
		}
		throw new IllegalStateException("Consents of a client kept changing; gave up after " + MAX_ATTEMPTS);
	}

	/**
	 * The client's document as long as its consents are those read.
	 */
	private static Query unchanged(Client client) {
		Consents before = client.consents();
		return Query.query(Criteria.where("_id")
			.is(client.id())
			.and("consents.transactionalSms")
			.is(before.transactionalSms())
			.and("consents.marketingSms")
			.is(before.marketingSms())
			.and("consents.marketingEmail")
			.is(before.marketingEmail()));
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

	/**
	 * The clients staff look for, by phone number or by part of the name, in name order;
	 * served by the unique phone index or the name words index. Erased clients have
	 * neither their number nor their name any more, so are never found.
	 * @param query what staff typed, understood
	 * @param limit the most clients to answer
	 * @return the clients found
	 */
	public List<Client> search(ClientQuery query, int limit) {
		return this.mongo.find(searchQuery(query).limit(limit), Client.class);
	}

	static Query searchQuery(ClientQuery query) {
		Query found = switch (query) {
			case ClientQuery.ByPhone byPhone -> Query.query(Criteria.where("phone").is(byPhone.phone()));
			case ClientQuery.ByName byName -> Query.query(new Criteria().andOperator(byName.prefixes()
				.stream()
				.map((prefix) -> Criteria.where("nameWords").regex("^" + prefix))
				.toArray(Criteria[]::new)));
		};
		return found.with(Sort.by("name", "_id"));
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
			Query unchanged = unchanged(client).addCriteria(Criteria.where("consentLedger.eventId").ne(eventId));
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
