package com.spautopia.booking.schedule;

import java.time.LocalDate;

/**
 * Time held on a therapist's day.
 *
 * @param therapistId the therapist
 * @param date the local date
 * @param reservation the time held and the booking holding it
 */
public record Hold(String therapistId, LocalDate date, Reservation reservation) {
}
