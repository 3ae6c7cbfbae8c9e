package com.spautopia.booking.schedule;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One resource's reservations on one local date: a therapist's day, a client's day. All
 * claims on it go through this one document, so a conditional update on its version is
 * what makes double-booking impossible without multi-document transactions.
 *
 * @param id {@code resourceKey/date}
 * @param resource the resource's key ({@link Resource#key()})
 * @param date the local date in the spa's zone
 * @param reservations the time held
 * @param version bumped by every change
 */
@Document("schedule_days")
@CompoundIndex(name = "sweep", def = "{'date': 1, 'reservations.heldAt': 1}")
record ResourceDay(@Id String id, String resource, LocalDate date, List<Reservation> reservations, long version) {

	ResourceDay {
		reservations = List.copyOf(reservations);
	}

	static String id(Resource resource, LocalDate date) {
		return resource.key() + "/" + date;
	}

}
