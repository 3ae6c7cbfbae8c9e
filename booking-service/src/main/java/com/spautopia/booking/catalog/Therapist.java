package com.spautopia.booking.catalog;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A therapist, what they are qualified for and when they work.
 *
 * @param id the therapist's id
 * @param name the display name
 * @param specializations what they are qualified to give
 * @param weeklyHours their hours, at most one entry per day of the week
 * @param daysOff dates they do not work
 */
@Document("therapists")
public record Therapist(@Id String id, String name, Set<Specialization> specializations, List<WorkingHours> weeklyHours,
		Set<LocalDate> daysOff) {

	public Therapist {
		specializations = Set.copyOf(specializations);
		weeklyHours = List.copyOf(weeklyHours);
		daysOff = Set.copyOf(daysOff);
	}

	public boolean canGive(Treatment treatment) {
		return this.specializations.contains(treatment.specialization());
	}

	/**
	 * The hours this therapist works on a date.
	 * @param date the date
	 * @return the hours, or empty on a day off or a day they never work
	 */
	public Optional<WorkingHours> hoursOn(LocalDate date) {
		if (this.daysOff.contains(date)) {
			return Optional.empty();
		}
		DayOfWeek day = date.getDayOfWeek();
		return this.weeklyHours.stream().filter((hours) -> hours.day() == day).findFirst();
	}

}
