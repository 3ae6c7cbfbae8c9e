package com.spautopia.booking.spa;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Closures and special hours (staff): {@code PUT /api/spa/closures/{date}} closes a day
 * or sets its hours, {@code GET /api/spa/closures} lists them, {@code DELETE} reopens the
 * day at the usual hours. No time is offered or booked outside them.
 */
@RestController
@RequestMapping("/api/spa/closures")
class ClosureController {

	private final SpaClosures closures;

	private final SpaProperties spa;

	private final Clock clock;

	ClosureController(SpaClosures closures, SpaProperties spa, Clock clock) {
		this.closures = closures;
		this.spa = spa;
		this.clock = clock;
	}

	/**
	 * The closures and special hours from a date on.
	 * @param from the first date; today when not given
	 * @return them, earliest first
	 */
	@GetMapping
	List<Closure> closures(@RequestParam(required = false) @Nullable LocalDate from) {
		return this.closures
			.from((from != null) ? from : this.clock.instant().atZone(this.spa.timeZone()).toLocalDate());
	}

	/**
	 * Closes a day or sets its special hours; refused with a 409 listing the bookings
	 * that would fall outside them.
	 * @param date the day
	 * @param form closed all day, or the hours
	 * @return the closure as stored
	 */
	@PutMapping("/{date}")
	Closure close(@PathVariable LocalDate date, @Valid @RequestBody ClosureForm form) {
		return this.closures.put(form.toClosure(date));
	}

	/**
	 * Opens a day at the usual hours again.
	 * @param date the day
	 * @return 204, whether or not it was closed
	 */
	@DeleteMapping("/{date}")
	ResponseEntity<Void> reopen(@PathVariable LocalDate date) {
		this.closures.reopen(date);
		return ResponseEntity.noContent().build();
	}

}
