package com.spautopia.booking.catalog;

import java.time.Duration;

import com.spautopia.events.Money;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A treatment from the spa's offer.
 *
 * @param id a stable, readable id such as {@code back-pain-desk-workers}
 * @param name the display name
 * @param description what the client gets
 * @param durationMinutes how long it takes
 * @param price the list price
 * @param specialization what the therapist must be qualified for
 */
@Document("treatments")
public record Treatment(@Id String id, String name, String description, int durationMinutes, Money price,
		Specialization specialization) {

	public Duration duration() {
		return Duration.ofMinutes(this.durationMinutes);
	}

}
