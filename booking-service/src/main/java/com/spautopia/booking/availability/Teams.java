package com.spautopia.booking.availability;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Who can give a treatment at one start: one therapist, or for a couples treatment two at
 * once. Every way to staff it is a slot of its own, so that a booking can try the next
 * when another request took a therapist of the first.
 */
final class Teams {

	private Teams() {
	}

	/**
	 * The ways to staff a treatment at one start.
	 * @param free the slots of the therapists free then, one each, ordered by therapist
	 * id
	 * @param needed how many therapists the treatment needs at once (1 or 2)
	 * @param therapistId the therapist asked for, who is then in every team, or
	 * {@code null} for any
	 * @return the teams as slots: for two, the asked therapist (else the one whose id
	 * comes first) is the slot's therapist and the other its second
	 */
	static List<Slot> at(List<Slot> free, int needed, @Nullable String therapistId) {
		if (needed == 1) {
			return free.stream()
				.filter((slot) -> therapistId == null || slot.therapistId().equals(therapistId))
				.toList();
		}
		if (needed != 2) {
			throw new IllegalArgumentException("Teams of " + needed + " therapists are not supported");
		}
		List<Slot> teams = new ArrayList<>();
		for (int i = 0; i < free.size(); i++) {
			for (int j = i + 1; j < free.size(); j++) {
				Slot first = free.get(i);
				Slot second = free.get(j);
				if (therapistId == null || first.therapistId().equals(therapistId)) {
					teams.add(first.with(second));
				}
				else if (second.therapistId().equals(therapistId)) {
					teams.add(second.with(first));
				}
			}
		}
		return teams;
	}

}
