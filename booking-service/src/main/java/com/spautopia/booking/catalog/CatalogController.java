package com.spautopia.booking.catalog;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.spautopia.booking.catalog.UpcomingBookings.Upcoming;
import com.spautopia.booking.spa.SpaProperties;
import com.spautopia.booking.web.Problems;
import com.spautopia.security.Callers;
import com.spautopia.security.Role;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api")
class CatalogController {

	static final String ID = "[a-z0-9][a-z0-9-]{1,62}";

	private final TreatmentRepository treatments;

	private final TherapistRepository therapists;

	private final UpcomingBookings upcoming;

	private final Rooms rooms;

	private final Catalog catalog;

	private final SpaProperties spa;

	private final Clock clock;

	CatalogController(TreatmentRepository treatments, TherapistRepository therapists, UpcomingBookings upcoming,
			Rooms rooms, Catalog catalog, SpaProperties spa, Clock clock) {
		this.treatments = treatments;
		this.therapists = therapists;
		this.upcoming = upcoming;
		this.rooms = rooms;
		this.catalog = catalog;
		this.spa = spa;
		this.clock = clock;
	}

	@GetMapping("/treatments")
	List<Treatment> treatments() {
		return this.catalog.current().treatments().stream().sorted(Comparator.comparing(Treatment::name)).toList();
	}

	@GetMapping("/treatments/{id}")
	Treatment treatment(@PathVariable String id) {
		return this.catalog.current().treatment(id).orElseThrow(() -> notFound("treatment", id));
	}

	/**
	 * Adds a treatment to the offer or changes one (staff). The id is a readable slug
	 * chosen by staff, such as {@code hot-stone}. A new treatment is hosted by every room
	 * of its kind (staff narrow that with {@code PUT /api/rooms/{id}}).
	 * @param id the treatment's id
	 * @param form the treatment
	 * @return the treatment as stored
	 */
	@PutMapping("/treatments/{id}")
	Treatment saveTreatment(@PathVariable @Pattern(regexp = ID) String id, @Valid @RequestBody TreatmentForm form) {
		Treatment saved = this.treatments.save(form.toTreatment(id));
		this.rooms.place(saved);
		return saved;
	}

	/**
	 * A therapist: staff see their hours and days off, everyone else who they are and
	 * what they give.
	 * @param id the therapist's id
	 * @return the therapist
	 */
	@GetMapping("/therapists/{id}")
	Object therapist(@PathVariable String id) {
		Therapist therapist = this.catalog.current().therapist(id).orElseThrow(() -> notFound("therapist", id));
		return Callers.have(Role.STAFF) ? therapist : PublicTherapist.of(therapist);
	}

	/**
	 * Adds a therapist or changes one's specializations, weekly hours and days off
	 * (staff). A change that would strand booked clients (a booking the therapist would
	 * no longer give) is refused with a 409 listing those bookings: staff move or cancel
	 * them first.
	 * @param id the therapist's id
	 * @param form the therapist
	 * @return the therapist as stored
	 */
	@PutMapping("/therapists/{id}")
	Therapist saveTherapist(@PathVariable @Pattern(regexp = ID) String id, @Valid @RequestBody TherapistForm form) {
		Therapist changed = form.toTherapist(id);
		List<Upcoming> stranded = StrandedBookings.of(changed, this.upcoming.withTherapist(id, this.clock.instant()),
				specializations(), this.spa.timeZone());
		if (!stranded.isEmpty()) {
			throw StrandedBookings.problem(stranded, stranded.size() + " booking(s) of " + changed.name()
					+ " would fall outside the new hours, days off or specializations: move or cancel them first.");
		}
		return this.therapists.save(changed);
	}

	/**
	 * The therapists: staff see their hours and days off, everyone else who they are and
	 * what they give.
	 * @return the therapists by name
	 */
	@GetMapping("/therapists")
	List<?> therapists() {
		List<Therapist> all = this.catalog.current()
			.therapists()
			.stream()
			.sorted(Comparator.comparing(Therapist::name))
			.toList();
		return Callers.have(Role.STAFF) ? all : all.stream().map(PublicTherapist::of).toList();
	}

	// a change is checked against the treatments as stored, not a copy another
	// instance's change may not have reached yet
	private Map<String, Specialization> specializations() {
		return this.treatments.findAll().stream().collect(Collectors.toMap(Treatment::id, Treatment::specialization));
	}

	private static RuntimeException notFound(String what, String id) {
		return Problems.of(HttpStatus.NOT_FOUND, what + "-not-found", "There is no " + what + " '" + id + "'.");
	}

}
