package com.spautopia.booking.waitlist;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import com.spautopia.booking.availability.Availability;
import com.spautopia.booking.catalog.Catalog;
import com.spautopia.booking.catalog.Therapist;
import com.spautopia.booking.catalog.Treatment;
import com.spautopia.booking.client.AcceptedPhones;
import com.spautopia.booking.client.Client;
import com.spautopia.booking.client.ClientDetails;
import com.spautopia.booking.client.ClientDirectory;
import com.spautopia.booking.client.PhoneNumbers;
import com.spautopia.booking.spa.SpaProperties;
import com.spautopia.booking.web.Problems;
import com.spautopia.events.ClientSnapshot;
import com.spautopia.security.RateLimiter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Clients join the waitlist with what they would take, and leave it with their entry's
 * token. The request is checked as a booking's is (the treatment, the therapist, the
 * client's details and phone number) and nothing is stored unless all of it is right.
 */
@Service
class Waitlist {

	private static final Logger log = LoggerFactory.getLogger(Waitlist.class);

	private final MongoTemplate mongo;

	private final Catalog catalog;

	private final Availability availability;

	private final ClientDirectory clients;

	private final AcceptedPhones phones;

	private final RateLimiter rateLimiter;

	private final WaitlistTokens tokens;

	private final SpaProperties spa;

	private final Clock clock;

	Waitlist(MongoTemplate mongo, Catalog catalog, Availability availability, ClientDirectory clients,
			AcceptedPhones phones, RateLimiter rateLimiter, WaitlistTokens tokens, SpaProperties spa, Clock clock) {
		this.mongo = mongo;
		this.catalog = catalog;
		this.availability = availability;
		this.clients = clients;
		this.phones = phones;
		this.rateLimiter = rateLimiter;
		this.tokens = tokens;
		this.spa = spa;
		this.clock = clock;
	}

	WaitlistEntry join(WaitlistRequest request) {
		WaitlistWish wish = request.wish();
		Instant now = this.clock.instant();
		wish.fault(now.atZone(this.spa.timeZone()).toLocalDate()).ifPresent((fault) -> {
			throw Problems.field(HttpStatus.UNPROCESSABLE_CONTENT, "unfit-wish", fault.field(), fault.detail());
		});
		Treatment treatment = this.catalog.current()
			.treatment(wish.treatmentId())
			.orElseThrow(() -> Problems.field(HttpStatus.UNPROCESSABLE_CONTENT, "unknown-treatment", "treatmentId",
					"There is no treatment '" + wish.treatmentId() + "'."));
		if (wish.therapistId() != null) {
			Therapist therapist = this.availability.therapist(wish.therapistId())
				.orElseThrow(() -> Problems.field(HttpStatus.UNPROCESSABLE_CONTENT, "unknown-therapist", "therapistId",
						"There is no therapist '" + wish.therapistId() + "'."));
			if (!therapist.canGive(treatment)) {
				throw Problems.field(HttpStatus.UNPROCESSABLE_CONTENT, "therapist-not-qualified", "therapistId",
						therapist.name() + " does not give " + treatment.name() + ".");
			}
		}
		ClientDetails details = request.client();
		String phone = this.phones.e164(details.phone());
		this.rateLimiter.checkPhone(phone);
		Client client = this.clients.register(details.name().strip(), phone, details.email(), details.consents());
		ClientSnapshot waiting = new ClientSnapshot(client.id(), details.name().strip(), client.phone(),
				(details.email() != null) ? details.email() : client.email(), client.consents(), client.tags(),
				details.language());
		WaitlistEntry entry = this.mongo.insert(new WaitlistEntry(UUID.randomUUID().toString(),
				WaitlistEntry.Status.WAITING, waiting, wish, now, wish.endsAt(this.spa.timeZone()), null));
		log.info("Waitlist entry {} of {}: {} from {} to {}", entry.id(), PhoneNumbers.mask(phone), treatment.id(),
				wish.from(), wish.to());
		return entry;
	}

	/**
	 * Takes an entry off the waitlist; an entry that no longer waits stays as it is.
	 * @param id the entry
	 * @param token its token
	 * @throws org.springframework.web.ErrorResponseException 404 when there is no such
	 * entry or the token is not its
	 */
	void leave(String id, String token) {
		if (!this.tokens.isEntryToken(id, token) || !this.mongo.exists(byId(id), WaitlistEntry.class)) {
			throw Problems.of(HttpStatus.NOT_FOUND, "waitlist-entry-not-found",
					"There is no waitlist entry '" + id + "' for this link.");
		}
		boolean left = this.mongo
			.updateFirst(byId(id).addCriteria(Criteria.where("status").is(WaitlistEntry.Status.WAITING)),
					new Update().set("status", WaitlistEntry.Status.LEFT).set("endedAt", this.clock.instant()),
					WaitlistEntry.class)
			.getModifiedCount() == 1;
		if (left) {
			log.info("Waitlist entry {} left", id);
		}
	}

	/**
	 * Ends the entries whose last day is over.
	 * @return how many
	 */
	long expireEnded() {
		Instant now = this.clock.instant();
		return this.mongo
			.updateMulti(Query.query(Criteria.where("status").is(WaitlistEntry.Status.WAITING).and("endsAt").lte(now)),
					new Update().set("status", WaitlistEntry.Status.EXPIRED).set("endedAt", now), WaitlistEntry.class)
			.getModifiedCount();
	}

	private static Query byId(String id) {
		return Query.query(Criteria.where("_id").is(id));
	}

}
