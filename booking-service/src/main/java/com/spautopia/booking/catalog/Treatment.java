package com.spautopia.booking.catalog;

import java.time.Duration;

import com.spautopia.events.Money;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
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
 * @param roomKind the kind of room it is given in; a double room makes it a couples
 * treatment, given by two therapists at once. Stored treatments without one (older than
 * rooms) are given in the usual room: a kids room for a kids treatment, else a single one
 */
@Document("treatments")
public record Treatment(@Id String id, String name, String description, int durationMinutes, Money price,
		Specialization specialization, RoomKind roomKind) {

	@PersistenceCreator
	public Treatment(String id, String name, String description, int durationMinutes, Money price,
			Specialization specialization, @Nullable RoomKind roomKind) {
		this.id = id;
		this.name = name;
		this.description = description;
		this.durationMinutes = durationMinutes;
		this.price = price;
		this.specialization = specialization;
		this.roomKind = (roomKind != null) ? roomKind : RoomKind.usualFor(specialization);
	}

	/**
	 * A treatment given in the usual room for its specialization.
	 * @param id the treatment's id
	 * @param name the display name
	 * @param description what the client gets
	 * @param durationMinutes how long it takes
	 * @param price the list price
	 * @param specialization what the therapist must be qualified for
	 */
	public Treatment(String id, String name, String description, int durationMinutes, Money price,
			Specialization specialization) {
		this(id, name, description, durationMinutes, price, specialization, null);
	}

	public Duration duration() {
		return Duration.ofMinutes(this.durationMinutes);
	}

	/**
	 * How many therapists give this treatment at once: two for a couples treatment, else
	 * one.
	 * @return the number of therapists
	 */
	public int therapistsNeeded() {
		return this.roomKind.therapists();
	}

}
