package com.spautopia.booking.catalog;

import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A treatment room: a booking holds one for its time, cleanup buffer included, as it
 * holds its therapist.
 *
 * @param id a stable, readable id such as {@code lavender}
 * @param name the display name
 * @param kind what kind of room it is
 * @param treatmentIds the treatments it can host, all of its kind
 */
@Document("rooms")
public record Room(@Id String id, String name, RoomKind kind, List<String> treatmentIds) {

	public Room {
		treatmentIds = treatmentIds.stream().distinct().sorted().toList();
	}

	/**
	 * Whether a treatment can be given here: it needs a room of this kind and is one of
	 * the treatments this room hosts.
	 * @param treatment the treatment
	 * @return whether this room can host it
	 */
	public boolean canHost(Treatment treatment) {
		return this.kind == treatment.roomKind() && this.treatmentIds.contains(treatment.id());
	}

}
