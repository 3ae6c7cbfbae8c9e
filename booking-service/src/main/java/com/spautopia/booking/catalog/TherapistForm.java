package com.spautopia.booking.catalog;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
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
record TherapistForm(@NotBlank @Size(max = 100) String name, @NotEmpty Set<Specialization> specializations,
		@NotNull @Valid List<DayHours> weeklyHours, @NotNull Set<LocalDate> daysOff) {

	@AssertTrue(message = "has more than one entry for a day")
	boolean isOneEntryPerDay() {
		return this.weeklyHours.stream().map(DayHours::day).distinct().count() == this.weeklyHours.size();
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
	record DayHours(@NotNull java.time.DayOfWeek day, @NotNull LocalTime start, @NotNull LocalTime end,
			@NotNull @Valid List<@NotNull TimeRange> breaks) {

		@AssertTrue(message = "must end after it starts, with every break inside the hours")
		boolean isConsistent() {
			return this.start != null && this.end != null && this.end.isAfter(this.start)
					&& this.breaks.stream()
						.allMatch((pause) -> pause.end().isAfter(pause.start()) && !pause.start().isBefore(this.start)
								&& !pause.end().isAfter(this.end));
		}

		WorkingHours toWorkingHours() {
			return new WorkingHours(this.day, this.start, this.end, this.breaks);
		}

	}

}
