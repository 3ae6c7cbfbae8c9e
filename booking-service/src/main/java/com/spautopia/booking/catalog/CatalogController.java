package com.spautopia.booking.catalog;

import java.util.Comparator;
import java.util.List;

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

@RestController
@RequestMapping("/api")
class CatalogController {

	private static final String ID = "[a-z0-9][a-z0-9-]{1,62}";

	private final TreatmentRepository treatments;

	private final TherapistRepository therapists;

	CatalogController(TreatmentRepository treatments, TherapistRepository therapists) {
		this.treatments = treatments;
		this.therapists = therapists;
	}

	@GetMapping("/treatments")
	List<Treatment> treatments() {
		return this.treatments.findAll().stream().sorted(Comparator.comparing(Treatment::name)).toList();
	}

	@GetMapping("/treatments/{id}")
	Treatment treatment(@PathVariable String id) {
		return this.treatments.findById(id).orElseThrow(() -> notFound("treatment", id));
	}

	/**
	 * Adds a treatment to the offer or changes one (staff). The id is a readable slug
	 * chosen by staff, such as {@code hot-stone}.
	 * @param id the treatment's id
	 * @param form the treatment
	 * @return the treatment as stored
	 */
	@PutMapping("/treatments/{id}")
	Treatment saveTreatment(@PathVariable @Pattern(regexp = ID) String id, @Valid @RequestBody TreatmentForm form) {
		return this.treatments.save(form.toTreatment(id));
	}

	@GetMapping("/therapists/{id}")
	Therapist therapist(@PathVariable String id) {
		return this.therapists.findById(id).orElseThrow(() -> notFound("therapist", id));
	}

	/**
	 * Adds a therapist or changes one's specializations, weekly hours and days off
	 * (staff). Existing bookings are kept; new hours apply to bookings made from now on.
	 * @param id the therapist's id
	 * @param form the therapist
	 * @return the therapist as stored
	 */
	@PutMapping("/therapists/{id}")
	Therapist saveTherapist(@PathVariable @Pattern(regexp = ID) String id, @Valid @RequestBody TherapistForm form) {
		return this.therapists.save(form.toTherapist(id));
	}

	@GetMapping("/therapists")
	List<Therapist> therapists() {
		return this.therapists.findAll().stream().sorted(Comparator.comparing(Therapist::name)).toList();
	}

	private static RuntimeException notFound(String what, String id) {
		return Problems.of(HttpStatus.NOT_FOUND, what + "-not-found", "There is no " + what + " '" + id + "'.");
	}

}
