package com.spautopia.booking.schedule;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.mongodb.client.result.UpdateResult;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Holds and frees therapists' time. A claim is a compare-and-set on the therapist's day
 * document: however many requests race for one slot, exactly one wins.
 */
@Component
public class TherapistSchedule {

	private static final int MAX_ATTEMPTS = 200;

	private final MongoTemplate mongo;

	private final Clock clock;

	TherapistSchedule(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	/**
	 * The time already held on a therapist's day.
	 * @param therapistId the therapist
	 * @param date the local date
	 * @return the reservations
	 */
	public List<Reservation> reservations(String therapistId, LocalDate date) {
		TherapistDay day = this.mongo.findById(TherapistDay.id(therapistId, date), TherapistDay.class);
		return (day != null) ? day.reservations() : List.of();
	}

	/**
	 * Holds time for a booking, unless it overlaps time another booking holds (a booking
	 * being moved never conflicts with its own old time).
	 * @param therapistId the therapist
	 * @param date the local date the appointment starts on
	 * @param wanted the time to hold, cleanup buffer included
	 * @return whether the time is now held for this booking
	 */
	public boolean claim(String therapistId, LocalDate date, Reservation wanted) {
		String id = TherapistDay.id(therapistId, date);
		Reservation reservation = wanted.heldSince(this.clock.instant());
		for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
			TherapistDay day = this.mongo.findById(id, TherapistDay.class);
			if (day == null) {
				try {
					this.mongo.insert(new TherapistDay(id, therapistId, date, List.of(reservation), 1));
					return true;
				}
				catch (DuplicateKeyException ex) {
					continue;
				}
			}
			if (day.reservations().stream().anyMatch((held) -> heldByAnother(held, reservation))) {
				return false;
			}
			if (compareAndSet(day, new Update().push("reservations", reservation))) {
				return true;
			}
		}
		throw new IllegalStateException(
				"Could not claim time for " + therapistId + " on " + date + " after " + MAX_ATTEMPTS + " attempts");
	}

	/**
	 * Time held from a date on that was claimed before a moment (or whose claim time is
	 * unknown), for checking it still belongs to a booking.
	 * @param from the first local date
	 * @param claimedBefore only time claimed before this
	 * @return the holds, by therapist and date
	 */
	public List<Hold> claimedBefore(LocalDate from, Instant claimedBefore) {
		Query days = Query.query(Criteria.where("date").gte(from).and("reservations.0").exists(true));
		return this.mongo.find(days, TherapistDay.class)
			.stream()
			.flatMap((day) -> day.reservations()
				.stream()
				.filter((held) -> held.heldAt() == null || held.heldAt().isBefore(claimedBefore))
				.map((held) -> new Hold(day.therapistId(), day.date(), held)))
			.toList();
	}

	/**
	 * Frees the time a booking held from a start; does nothing if it held none.
	 * @param therapistId the therapist
	 * @param date the local date
	 * @param bookingId the booking
	 * @param start the start of the time to free
	 */
	public void release(String therapistId, LocalDate date, String bookingId, Instant start) {
		for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
			TherapistDay day = this.mongo.findById(TherapistDay.id(therapistId, date), TherapistDay.class);
			if (day == null) {
				return;
			}
			List<Reservation> kept = day.reservations()
				.stream()
				.filter((held) -> !(held.bookingId().equals(bookingId) && held.start().equals(start)))
				.toList();
			if (kept.size() == day.reservations().size()
					|| compareAndSet(day, new Update().set("reservations", kept))) {
				return;
			}
		}
		throw new IllegalStateException("Could not free time of booking " + bookingId + " on " + date);
	}

	private static boolean heldByAnother(Reservation held, Reservation wanted) {
		return !held.bookingId().equals(wanted.bookingId()) && held.overlaps(wanted.start(), wanted.end());
	}

	private boolean compareAndSet(TherapistDay day, Update update) {
		Query query = Query.query(Criteria.where("_id").is(day.id()).and("version").is(day.version()));
		UpdateResult result = this.mongo.updateFirst(query, update.inc("version", 1), TherapistDay.class);
		return result.getModifiedCount() == 1;
	}

}
