package com.spautopia.booking.spa;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Optional;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * When the spa is open on a date: its usual days and hours, unless staff closed the day
 * or gave it special hours ({@link Closure}).
 */
@Component
public class OpeningHours {

	private final SpaProperties spa;

	private final MongoTemplate mongo;

	OpeningHours(SpaProperties spa, MongoTemplate mongo) {
		this.spa = spa;
		this.mongo = mongo;
	}

	/**
	 * The spa's hours on a date.
	 * @param date the local date
	 * @return the hours, or empty when the spa is closed all day
	 */
	public Optional<DayHours> on(LocalDate date) {
		Optional<Closure> closure = closure(date);
		if (closure.isPresent()) {
			return closure.get().hours();
		}
		return this.spa.isOpen(date.getDayOfWeek()) ? Optional.of(new DayHours(this.spa.opens(), this.spa.closes()))
				: Optional.empty();
	}

	/**
	 * The closure or special hours staff set for a date.
	 * @param date the local date
	 * @return the closure, if any
	 */
	public Optional<Closure> closure(LocalDate date) {
		return Optional.ofNullable(this.mongo.findById(date.toString(), Closure.class));
	}

	/**
	 * Whether the spa is open for the whole of an appointment.
	 * @param start its start
	 * @param end its end
	 * @return whether it fits the hours of its day
	 */
	public boolean isOpen(Instant start, Instant end) {
		ZonedDateTime from = start.atZone(this.spa.timeZone());
		ZonedDateTime to = end.atZone(this.spa.timeZone());
		return from.toLocalDate().equals(to.toLocalDate())
				&& on(from.toLocalDate()).map((hours) -> hours.fits(from.toLocalTime(), to.toLocalTime()))
					.orElse(false);
	}

}
