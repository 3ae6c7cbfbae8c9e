package com.spautopia.booking.availability;

import java.time.OffsetDateTime;

/**
 * A free start time with a therapist who is free then.
 *
 * @param start the start, with the spa's offset on that day
 * @param end the end
 * @param therapistId the therapist
 * @param therapistName the therapist's name
 */
public record Slot(OffsetDateTime start, OffsetDateTime end, String therapistId, String therapistName) {
}
