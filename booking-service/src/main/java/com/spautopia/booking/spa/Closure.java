package com.spautopia.booking.spa;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A day the spa is closed or keeps special hours (a holiday, a shorter Saturday). Its
 * hours replace the spa's usual ones that day, also on a day it is usually closed.
 *
 * @param id the date as {@code 2026-12-24}
 * @param date the local date
 * @param closed whether the spa is closed all day
 * @param opens when it opens that day, unless closed
 * @param closes when it closes that day, unless closed
 * @param reason why, as staff wrote it
 * @param revision changes with every write, so that a write is undone only if nobody
 * wrote after it
 */
@Document("spa_closures")
public record Closure(@Id @JsonIgnore String id, LocalDate date, boolean closed, @Nullable LocalTime opens,
		@Nullable LocalTime closes, @Nullable String reason, @JsonIgnore String revision) {

	@PersistenceCreator
	public Closure {
	}

	public Closure(LocalDate date, boolean closed, @Nullable LocalTime opens, @Nullable LocalTime closes,
			@Nullable String reason, String revision) {
		this(date.toString(), date, closed, opens, closes, reason, revision);
	}

	/**
	 * The spa's hours that day.
	 * @return the special hours, or empty when it is closed all day
	 */
	public Optional<DayHours> hours() {
		return (this.closed || this.opens == null || this.closes == null) ? Optional.empty()
				: Optional.of(new DayHours(this.opens, this.closes));
	}

}
