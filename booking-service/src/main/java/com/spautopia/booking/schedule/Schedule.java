package com.spautopia.booking.schedule;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.mongodb.client.result.UpdateResult;
import org.bson.Document;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Holds and frees the time of therapists, rooms and clients. A claim is a compare-and-set
 * on the resource's day document: however many requests race for one time, exactly one
 * wins ({@link ClaimRules}). A booking holds its therapists', its room's and its client's
 * time, all or none.
 */
@Component
public class Schedule {

	private static final int MAX_ATTEMPTS = 200;

	private final MongoTemplate mongo;

	private final Clock clock;

	Schedule(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	/**
	 * The time already held on a resource's day.
	 * @param resource the therapist or client
	 * @param date the local date
	 * @return the reservations
	 */
	public List<Reservation> reservations(Resource resource, LocalDate date) {
		ResourceDay day = this.mongo.findById(ResourceDay.id(resource, date), ResourceDay.class);
		return (day != null) ? day.reservations() : List.of();
	}

	/**
	 * The time already held on several resources' days, read in one query.
	 * @param resources the therapists, rooms or clients
	 * @param date the local date
	 * @return the reservations of each resource (none for a resource holding no time)
	 */
	public Map<Resource, List<Reservation>> reservations(Collection<Resource> resources, LocalDate date) {
		Map<String, Resource> byDayId = new LinkedHashMap<>();
		resources.forEach((resource) -> byDayId.put(ResourceDay.id(resource, date), resource));
		Map<Resource, List<Reservation>> held = new LinkedHashMap<>();
		resources.forEach((resource) -> held.put(resource, List.of()));
		if (!byDayId.isEmpty()) {
			for (ResourceDay day : this.mongo.find(Query.query(Criteria.where("_id").in(byDayId.keySet())),
					ResourceDay.class)) {
				held.put(byDayId.get(day.id()), day.reservations());
			}
		}
		return held;
	}

	/**
	 * Everything held on a date on resources of one kind: every booking's client time
	 * that day, for example.
	 * @param date the local date
	 * @param kind the kind of resource
	 * @return the holds
	 */
	public List<Hold> heldOn(LocalDate date, Resource.Kind kind) {
		Query days = Query
			.query(Criteria.where("date").is(date).and("resource").regex("^" + new Resource(kind, "").key()));
		return this.mongo.find(days, ResourceDay.class)
			.stream()
			.flatMap((day) -> day.reservations()
				.stream()
				.map((held) -> new Hold(Resource.ofKey(day.resource()), day.date(), held)))
			.toList();
	}

	/**
	 * Holds all the time wanted, or none of it: when one claim fails, what the others
	 * held is freed again.
	 * @param claims the time wanted, in the order to claim it
	 * @return whether all of it is now held
	 */
	public boolean claimAll(List<Claim> claims) {
		List<Claim> held = new ArrayList<>();
		for (Claim claim : claims) {
			if (!claim(claim)) {
				held.forEach(this::release);
				return false;
			}
			held.add(claim);
		}
		return true;
	}

	/**
	 * Holds time for a booking, unless it conflicts with time already held. A new
	 * booking's claim is one conditional write on the resource's day: the time is pushed
	 * only if no reservation there overlaps it (the day's document is created by the
	 * first claim of the day). A move's claim, which may overlap the booking's own
	 * current time, reads the day and compares and sets its version.
	 * @param claim the time wanted
	 * @return whether the time is now held for this booking
	 */
	public boolean claim(Claim claim) {
		String id = ResourceDay.id(claim.resource(), claim.date());
		Reservation reservation = claim.wanted().heldSince(this.clock.instant());
		for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
			if (claim.ownCurrentStart() == null) {
				if (pushUnlessOverlapping(id, reservation)) {
					return true;
				}
			}
			ResourceDay day = this.mongo.findById(id, ResourceDay.class);
			if (day == null) {
				try {
					this.mongo
						.insert(new ResourceDay(id, claim.resource().key(), claim.date(), List.of(reservation), 1));
					return true;
				}
				catch (DuplicateKeyException ex) {
					continue;
				}
			}
			if (!ClaimRules.canHold(day.reservations(), reservation, claim.ownCurrentStart())) {
				return false;
			}
			if (claim.ownCurrentStart() != null && compareAndSet(day, new Update().push("reservations", reservation))) {
				return true;
			}
		}
		throw new IllegalStateException("Could not claim time of " + claim.resource().key() + " on " + claim.date()
				+ " after " + MAX_ATTEMPTS + " attempts");
	}

	/**
	 * Pushes a reservation onto an existing day unless one held there overlaps it (the
	 * rule of {@link ClaimRules} for a booking holding no time on the resource yet).
	 * @return whether it was pushed; if not, the day does not exist or has overlapping
	 * time
	 */
	private boolean pushUnlessOverlapping(String dayId, Reservation reservation) {
		Query free = Query.query(Criteria.where("_id")
			.is(dayId)
			.and("reservations")
			.not()
			.elemMatch(Criteria.where("start").lt(reservation.end()).and("end").gt(reservation.start())));
		Update push = new Update().push("reservations", reservation).inc("version", 1);
		return this.mongo.updateFirst(free, push, ResourceDay.class).getModifiedCount() == 1;
	}

	/**
	 * Time held from a date on that was claimed before a moment, for checking it still
	 * belongs to a booking.
	 * @param from the first local date
	 * @param claimedBefore only time claimed before this
	 * @return the holds
	 */
	public List<Hold> claimedBefore(LocalDate from, Instant claimedBefore) {
		Query days = Query.query(Criteria.where("date").gte(from).and("reservations.heldAt").lt(claimedBefore));
		return this.mongo.find(days, ResourceDay.class)
			.stream()
			.flatMap((day) -> day.reservations()
				.stream()
				.filter((held) -> held.heldAt() == null || held.heldAt().isBefore(claimedBefore))
				.map((held) -> new Hold(Resource.ofKey(day.resource()), day.date(), held)))
			.toList();
	}

	/**
	 * Frees the time a claim held; does nothing if it held none.
	 * @param claim the claim
	 */
	public void release(Claim claim) {
		release(claim.resource(), claim.date(), claim.wanted().bookingId(), claim.wanted().start());
	}

	/**
	 * Frees the time a booking held from a start; does nothing if it held none. A booking
	 * holds at most one time from one start on a resource ({@link ClaimRules}).
	 * @param resource the therapist or client
	 * @param date the local date
	 * @param bookingId the booking
	 * @param start the start of the time to free
	 */
	public void release(Resource resource, LocalDate date, String bookingId, Instant start) {
		Update pull = new Update().pull("reservations", new Document("bookingId", bookingId).append("start", start))
			.inc("version", 1);
		this.mongo.updateFirst(
				Query.query(Criteria.where("_id")
					.is(ResourceDay.id(resource, date))
					.and("reservations")
					.elemMatch(Criteria.where("bookingId").is(bookingId).and("start").is(start))),
				pull, ResourceDay.class);
	}

	private boolean compareAndSet(ResourceDay day, Update update) {
		Query query = Query.query(Criteria.where("_id").is(day.id()).and("version").is(day.version()));
		UpdateResult result = this.mongo.updateFirst(query, update.inc("version", 1), ResourceDay.class);
		return result.getModifiedCount() == 1;
	}

}
