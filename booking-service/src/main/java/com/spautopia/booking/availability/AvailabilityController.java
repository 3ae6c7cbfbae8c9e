package com.spautopia.booking.availability;

import java.time.LocalDate;
import java.util.List;

import com.spautopia.booking.catalog.Catalog;
import com.spautopia.booking.catalog.Treatment;
import com.spautopia.booking.spa.DayHours;
import com.spautopia.booking.spa.SpaProperties;
import com.spautopia.booking.web.Problems;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class AvailabilityController {

	private final Availability availability;

	private final Catalog catalog;

	private final SpaProperties spa;

	AvailabilityController(Availability availability, Catalog catalog, SpaProperties spa) {
		this.availability = availability;
		this.catalog = catalog;
		this.spa = spa;
	}

	@GetMapping("/api/availability")
	DayAvailability availability(@RequestParam String treatmentId, @RequestParam LocalDate date,
			@RequestParam(required = false) @Nullable String therapistId) {
		Treatment treatment = this.catalog.current()
			.treatment(treatmentId)
			.orElseThrow(() -> Problems.field(HttpStatus.BAD_REQUEST, "unknown-treatment", "treatmentId",
					"There is no treatment '" + treatmentId + "'."));
		if (therapistId != null && this.availability.therapist(therapistId).isEmpty()) {
			throw Problems.field(HttpStatus.BAD_REQUEST, "unknown-therapist", "therapistId",
					"There is no therapist '" + therapistId + "'.");
		}
		return new DayAvailability(date, this.spa.timeZone().getId(), treatmentId,
				this.availability.spaHours(date).orElse(null), this.availability.slots(treatment, date, therapistId));
	}

	/**
	 * The free start times of one day.
	 *
	 * @param date the local date
	 * @param timeZone the spa's time zone, which every time is in
	 * @param treatmentId the treatment
	 * @param spaHours the spa's hours that day (special hours when staff set them), or
	 * {@code null} when it is closed
	 * @param slots the free slots, earliest first
	 */
	record DayAvailability(LocalDate date, String timeZone, String treatmentId, @Nullable DayHours spaHours,
			List<Slot> slots) {
	}

}
