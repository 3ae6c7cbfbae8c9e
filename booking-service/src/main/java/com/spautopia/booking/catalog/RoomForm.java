package com.spautopia.booking.catalog;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A room as staff enter it.
 *
 * @param name the display name
 * @param kind what kind of room it is
 * @param treatmentIds the treatments it can host, all needing a room of its kind; none
 * for a room out of use
 */
record RoomForm(@NotBlank @Size(max = 100) String name, @NotNull RoomKind kind,
		@NotNull @Size(max = 100) List<@NotBlank @Size(max = 100) String> treatmentIds) {

	Room toRoom(String id) {
		return new Room(id, this.name.strip(), this.kind, this.treatmentIds.stream().map(String::strip).toList());
	}

}
