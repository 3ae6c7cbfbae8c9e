package com.spautopia.booking.catalog;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.spautopia.booking.catalog.UpcomingBookings.Upcoming;
import com.spautopia.booking.web.Problems;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The spa's rooms, for staff: which rooms there are, of what kind, and the treatments
 * each can host.
 */
@RestController
@RequestMapping("/api")
class RoomController {

	private final Catalog catalog;

	private final RoomRepository repository;

	private final TreatmentRepository treatments;

	private final UpcomingBookings upcoming;

	private final Clock clock;

	RoomController(Catalog catalog, RoomRepository repository, TreatmentRepository treatments,
			UpcomingBookings upcoming, Clock clock) {
		this.catalog = catalog;
		this.repository = repository;
		this.treatments = treatments;
		this.upcoming = upcoming;
		this.clock = clock;
	}

	@GetMapping("/rooms")
	List<Room> rooms() {
		return this.catalog.current().rooms();
	}

	@GetMapping("/rooms/{id}")
	Room room(@PathVariable String id) {
		return this.catalog.current()
			.room(id)
			.orElseThrow(() -> Problems.of(HttpStatus.NOT_FOUND, "room-not-found", "There is no room '" + id + "'."));
	}

	/**
	 * Adds a room or changes one's name, kind and the treatments it hosts (staff). Every
	 * treatment must exist and need a room of this kind (422 otherwise). A change that
	 * would strand booked clients (a booking in this room of a treatment it would no
	 * longer host) is refused with a 409 listing those bookings: staff move or cancel
	 * them first.
	 * @param id the room's id, a readable slug such as {@code lavender}
	 * @param form the room
	 * @return the room as stored
	 */
	@PutMapping("/rooms/{id}")
	Room saveRoom(@PathVariable @Pattern(regexp = CatalogController.ID) String id, @Valid @RequestBody RoomForm form) {
		Room changed = form.toRoom(id);
		// checked against the treatments as stored, not a copy another instance's change
		// may not have reached yet
		Map<String, Treatment> known = this.treatments.findAllById(changed.treatmentIds())
			.stream()
			.collect(Collectors.toMap(Treatment::id, Function.identity()));
		List<String> unknown = changed.treatmentIds()
			.stream()
			.filter((treatment) -> !known.containsKey(treatment))
			.toList();
		if (!unknown.isEmpty()) {
			throw Problems.field(HttpStatus.UNPROCESSABLE_CONTENT, "unknown-treatment", "treatmentIds",
					"There is no treatment " + quoted(unknown) + ".");
		}
		List<Treatment> otherKind = known.values()
			.stream()
			.filter((treatment) -> treatment.roomKind() != changed.kind())
			.sorted(Comparator.comparing(Treatment::id))
			.toList();
		if (!otherKind.isEmpty()) {
			throw Problems.field(HttpStatus.UNPROCESSABLE_CONTENT, "treatment-needs-other-room", "treatmentIds",
					otherKind.stream()
						.map((treatment) -> treatment.name() + " needs a " + treatment.roomKind() + " room")
						.collect(Collectors.joining("; ")) + "; " + changed.name() + " is a " + changed.kind()
							+ " room.");
		}
		List<Upcoming> stranded = StrandedBookings.inRoom(changed, this.upcoming.inRoom(id, this.clock.instant()),
				this.treatments.findAll());
		if (!stranded.isEmpty()) {
			throw StrandedBookings.problem(stranded, stranded.size() + " booking(s) in " + changed.name()
					+ " are of treatments it would no longer host: move or cancel them first.");
		}
		return this.repository.save(changed);
	}

	private static String quoted(List<String> ids) {
		return ids.stream().map((id) -> "'" + id + "'").collect(Collectors.joining(", "));
	}

}
