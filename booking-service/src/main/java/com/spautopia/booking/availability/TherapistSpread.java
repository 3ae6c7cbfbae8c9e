package com.spautopia.booking.availability;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Which therapist gets a booking made for "any therapist": the one with the least time
 * booked that day, ties broken at random, so that work is spread rather than always
 * falling to the same person.
 */
final class TherapistSpread {

	private TherapistSpread() {
	}

	/**
	 * The slots in the order to try them.
	 * @param slots free slots at one start, one per therapist
	 * @param bookedMinutes minutes already booked that day, by therapist id
	 * @param random breaks ties
	 * @return the slots, least booked therapist first
	 */
	static List<Slot> leastBookedFirst(List<Slot> slots, Map<String, Long> bookedMinutes, RandomGenerator random) {
		List<Slot> ordered = new ArrayList<>(slots);
		Collections.shuffle(ordered, random);
		ordered.sort(Comparator.comparingLong((Slot slot) -> bookedMinutes.getOrDefault(slot.therapistId(), 0L)));
		return List.copyOf(ordered);
	}

}
