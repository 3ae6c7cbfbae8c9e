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
 * falling to the same person. For a couples treatment, the pair with the least time
 * booked between them.
 */
final class TherapistSpread {

	private TherapistSpread() {
	}

	/**
	 * The slots in the order to try them.
	 * @param slots free slots at one start, one per therapist (per pair of therapists)
	 * @param bookedMinutes minutes already booked that day, by therapist id
	 * @param random breaks ties
	 * @return the slots, least booked therapist (pair) first
	 */
	static List<Slot> leastBookedFirst(List<Slot> slots, Map<String, Long> bookedMinutes, RandomGenerator random) {
		List<Slot> ordered = new ArrayList<>(slots);
		Collections.shuffle(ordered, random);
		ordered.sort(Comparator.comparingLong((Slot slot) -> slot.therapistIds()
			.stream()
			.mapToLong((therapistId) -> bookedMinutes.getOrDefault(therapistId, 0L))
			.sum()));
		return List.copyOf(ordered);
	}

}
