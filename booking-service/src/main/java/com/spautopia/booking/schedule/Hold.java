package com.spautopia.booking.schedule;

import java.time.LocalDate;

/**
 * Time held on a resource's day.
 *
 * @param resource the therapist or client
 * @param date the local date
 * @param reservation the time held and the booking holding it
 */
public record Hold(Resource resource, LocalDate date, Reservation reservation) {
}
