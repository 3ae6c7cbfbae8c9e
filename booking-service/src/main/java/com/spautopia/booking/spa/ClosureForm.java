package com.spautopia.booking.spa;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A closure or special hours as staff enter them: {@code {"closed": true}} for a day
 * closed all day, or {@code {"opens": "10:00", "closes": "14:00"}} for special hours; a
 * reason with either.
 *
 * @param closed whether the spa is closed all day (not when left out)
 * @param opens when it opens that day, with special hours
 * @param closes when it closes that day, with special hours
 * @param reason why, such as {@code Christmas Eve}
 */
record ClosureForm(@Nullable Boolean closed, @Nullable LocalTime opens, @Nullable LocalTime closes,
		@Nullable @Size(max = 200) String reason) {

	@AssertTrue(message = "must be either closed all day, or opens and closes with closes after opens")
	boolean isEitherClosedOrHours() {
		if (isClosed()) {
			return this.opens == null && this.closes == null;
		}
		return this.opens != null && this.closes != null && this.closes.isAfter(this.opens);
	}

	Closure toClosure(LocalDate date) {
		String why = (this.reason != null && !this.reason.isBlank()) ? this.reason.strip() : null;
		boolean closedAllDay = isClosed();
		return new Closure(date, closedAllDay, closedAllDay ? null : this.opens, closedAllDay ? null : this.closes, why,
				UUID.randomUUID().toString());
	}

	private boolean isClosed() {
		return Boolean.TRUE.equals(this.closed);
	}

}
