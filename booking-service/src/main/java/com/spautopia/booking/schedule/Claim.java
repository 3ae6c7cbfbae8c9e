package com.spautopia.booking.schedule;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Time a booking wants to hold on one resource.
 *
 * @param resource the therapist or client
 * @param date the local date the time starts on
 * @param wanted the time, cleanup buffer included, and the booking
 * @param ownCurrentStart the start of the time the booking holds on this resource now (a
 * move may overlap it), or {@code null}
 */
public record Claim(Resource resource, LocalDate date, Reservation wanted, @Nullable Instant ownCurrentStart) {
}
