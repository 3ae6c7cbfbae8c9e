package com.spautopia.booking.catalog;

import java.util.Comparator;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api")
class CatalogController {

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

	@GetMapping("/therapists")
	List<Therapist> therapists() {
		return this.therapists.findAll().stream().sorted(Comparator.comparing(Therapist::name)).toList();
	}

}
