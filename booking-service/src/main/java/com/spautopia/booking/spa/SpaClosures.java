package com.spautopia.booking.spa;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.spautopia.booking.spa.BookingsOnDay.DayBooking;
import com.spautopia.booking.web.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Service;
import org.springframework.web.ErrorResponseException;

/**
 * Closes days and sets special hours, never over a booking. A booking holds its client's
 * time before it checks the spa's hours a last time, and a closure is written before it
 * looks for the day's bookings in that held time: whichever comes second sees the other.
 * A closure that finds a booking outside its hours is undone (unless staff changed the
 * day again meanwhile) and refused with the bookings; a booking that finds the day closed
 * frees its time and is refused.
 */
@Service
class SpaClosures {

	private static final Logger log = LoggerFactory.getLogger(SpaClosures.class);

	private final MongoTemplate mongo;

	private final BookingsOnDay bookings;

	private final SpaProperties spa;

	private final Clock clock;

	SpaClosures(MongoTemplate mongo, BookingsOnDay bookings, SpaProperties spa, Clock clock) {
		this.mongo = mongo;
		this.bookings = bookings;
		this.spa = spa;
		this.clock = clock;
	}

	/**
	 * The closures and special hours from a date on.
	 * @param from the first date
	 * @return them, earliest first
	 */
	List<Closure> from(LocalDate from) {
		return this.mongo.find(Query.query(Criteria.where("date").gte(from)).with(Sort.by("date")), Closure.class);
	}

	/**
	 * Closes a day or sets its special hours, unless bookings fall outside them.
	 * @param closure the closure
	 * @return the closure as stored
	 * @throws ErrorResponseException 409 listing the bookings outside the hours, 422 for
	 * a day that is over
	 */
	Closure put(Closure closure) {
		if (closure.date().isBefore(today())) {
			throw Problems.field(HttpStatus.UNPROCESSABLE_CONTENT, "date-in-past", "date",
					closure.date() + " is over; only today and later days can be closed.");
		}
		DayHours hours = closure.hours().orElse(null);
		refuseIfOutside(closure, ClosureConflicts.of(hours, this.bookings.on(closure.date())));
		Optional<Closure> before = Optional.ofNullable(this.mongo.findById(closure.id(), Closure.class));
		this.mongo.save(closure);
		// a booking that checked the hours before this write holds its time by now
		List<DayBooking> outside = ClosureConflicts.of(hours, this.bookings.on(closure.date()));
		if (!outside.isEmpty()) {
			undo(closure, before);
			refuseIfOutside(closure, outside);
		}
		log.info("Spa {} on {}{}", closure.closed() ? "closed" : "open " + closure.opens() + "-" + closure.closes(),
				closure.date(), (closure.reason() != null) ? " (" + closure.reason() + ")" : "");
		return closure;
	}

	/**
	 * Opens a day at the usual hours again.
	 * @param date the date
	 */
	void reopen(LocalDate date) {
		this.mongo.remove(Query.query(Criteria.where("_id").is(date.toString())), Closure.class);
		log.info("Spa keeps its usual hours on {} again", date);
	}

	private void undo(Closure written, Optional<Closure> before) {
		Query ours = Query.query(Criteria.where("_id").is(written.id()).and("revision").is(written.revision()));
		if (before.isPresent()) {
			this.mongo.findAndReplace(ours, before.get(), FindAndReplaceOptions.none());
		}
		else {
			this.mongo.remove(ours, Closure.class);
		}
	}

	private static void refuseIfOutside(Closure closure, List<DayBooking> outside) {
		if (outside.isEmpty()) {
			return;
		}
		String what = closure.closed() ? "is closed all day"
				: "keeps only the hours " + closure.opens() + "-" + closure.closes();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				outside.size() + " booking(s) on " + closure.date() + " would fall outside the spa's hours if it "
						+ what + ": move or cancel them first.");
		problem.setType(URI.create("https://spautopia.com/problems/bookings-on-closed-day"));
		problem.setProperty("bookings", outside);
		throw new ErrorResponseException(HttpStatus.CONFLICT, problem, null);
	}

	private LocalDate today() {
		return this.clock.instant().atZone(this.spa.timeZone()).toLocalDate();
	}

}
