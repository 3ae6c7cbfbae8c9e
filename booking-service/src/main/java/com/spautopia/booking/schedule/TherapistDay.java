package com.spautopia.booking.schedule;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One therapist's reservations on one local date. All claims on a therapist's day go
 * through this one document, so a conditional update on its version is what makes
 * double-booking impossible without multi-document transactions.
 *
 * @param id {@code therapistId:date}
 * @param therapistId the therapist
 * @param date the local date in the spa's zone
 * @param reservations the time held
 * @param version bumped by every change
 */
@Document("therapist_days")
record TherapistDay(@Id String id, String therapistId, LocalDate date, List<Reservation> reservations, long version) {

	TherapistDay {
		reservations = List.copyOf(reservations);
	}

	static String id(String therapistId, LocalDate date) {
		return therapistId + ":" + date;
	}

}
