package com.spautopia.booking.catalog;

import java.util.Set;

/**
 * A therapist as clients see them: who they are and what they are qualified to give; not
 * their hours or days off.
 *
 * @param id the therapist's id
 * @param name the display name
 * @param specializations what they are qualified to give
 */
record PublicTherapist(String id, String name, Set<Specialization> specializations) {

	static PublicTherapist of(Therapist therapist) {
		return new PublicTherapist(therapist.id(), therapist.name(), therapist.specializations());
	}

}
