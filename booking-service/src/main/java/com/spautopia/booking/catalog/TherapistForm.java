package com.spautopia.booking.catalog;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import com.spautopia.booking.catalog.WorkingHours.TimeRange;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A therapist as staff enter them.
 *
 * @param name the display name
 * @param specializations what they are qualified to give
 * @param weeklyHours their hours, at most one entry per day of the week
 * @param daysOff dates they do not work
 */
record TherapistForm(@NotBlank @Size(max = 100) String name,
		@NotEmpty @Size(max = 20) Set<@NotNull Specialization> specializations,
		@NotNull @Size(max = 7) @Valid List<@NotNull DayHours> weeklyHours,
		@NotNull @Size(max = 1000) Set<@NotNull LocalDate> daysOff) {

	// a missing list or entry is reported by its own constraint: this rule holds then
	@AssertTrue(message = "has more than one entry for a day")
	boolean isOneEntryPerDay() {
		if (this.weeklyHours == null) {
			return true;
		}
		List<DayOfWeek> days = this.weeklyHours.stream()
			.filter(Objects::nonNull)
			.map(DayHours::day)
			.filter(Objects::nonNull)
			.toList();
		return days.stream().distinct().count() == days.size();
	}

	Therapist toTherapist(String id) {
		return new Therapist(id, this.name.strip(), this.specializations,
				this.weeklyHours.stream().map(DayHours::toWorkingHours).toList(), this.daysOff);
	}

	/**
	 * Hours on one day of the week.
	 *
	 * @param day the day
	 * @param start when work starts
	 * @param end when work ends
	 * @param breaks breaks within those hours
	 */
	record DayHours(@NotNull DayOfWeek day, @NotNull LocalTime start, @NotNull LocalTime end,
			@NotNull @Size(max = 24) List<@NotNull TimeRange> breaks) {

		@AssertTrue(message = "must end after it starts, with every break inside the hours")
		boolean isConsistent() {
			return this.start != null && this.end != null && this.end.isAfter(this.start)
					&& (this.breaks == null || this.breaks.stream().filter(Objects::nonNull).allMatch(this::isInside));
		}

		private boolean isInside(TimeRange pause) {
			return pause.start() != null && pause.end() != null && pause.end().isAfter(pause.start())
					&& !pause.start().isBefore(this.start) && !pause.end().isAfter(this.end);
		}

		WorkingHours toWorkingHours() {
			return new WorkingHours(this.day, this.start, this.end, this.breaks);
		}

	}

}
