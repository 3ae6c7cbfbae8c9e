package com.spautopia.booking.appointment;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.spautopia.booking.client.ClientDirectory;
import com.spautopia.booking.web.Problems;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The bookings as the front desk sees them: a day of the spa, and a client's history.
 */
@RestController
class StaffBookingController {

	private final StaffBookings bookings;

	private final ClientDirectory clients;

	StaffBookingController(StaffBookings bookings, ClientDirectory clients) {
		this.bookings = bookings;
		this.clients = clients;
	}

	/**
	 * The bookings that start on a day, in the spa's zone, in order of start.
	 * @param date the day, {@code YYYY-MM-DD}
	 * @param therapistId only this therapist's bookings (first or second therapist of a
	 * couples treatment)
	 * @param roomId only the bookings in this room
	 * @param status only bookings in this state
	 * @return the bookings
	 */
	@GetMapping("/api/bookings")
	List<StaffBookingView> day(@RequestParam @Size(max = 20) String date,
			@RequestParam(required = false) @Nullable @Size(max = 100) String therapistId,
			@RequestParam(required = false) @Nullable @Size(max = 100) String roomId,
			@RequestParam(required = false) @Nullable @Size(max = 20) String status) {
		return this.bookings.onDay(day(date), therapistId, roomId, status(status))
			.stream()
			.map(StaffBookingView::of)
			.toList();
	}

	/**
	 * A client's bookings, the latest appointment first.
	 * @param id the client
	 * @return the bookings
	 */
	@GetMapping("/api/clients/{id}/bookings")
	List<StaffBookingView> history(@PathVariable String id) {
		if (this.clients.find(id).isEmpty()) {
			throw Problems.of(HttpStatus.NOT_FOUND, "client-not-found", "There is no client '" + id + "'.");
		}
		return this.bookings.ofClient(id).stream().map(StaffBookingView::of).toList();
	}

	private static LocalDate day(String date) {
		try {
			return LocalDate.parse(date);
		}
		catch (DateTimeParseException ex) {
			throw Problems.field(HttpStatus.BAD_REQUEST, "invalid-date", "date",
					"'" + date + "' is not a date of the form YYYY-MM-DD.");
		}
	}

	private static @Nullable BookingStatus status(@Nullable String status) {
		if (status == null || status.isBlank()) {
			return null;
		}
		try {
			return BookingStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw Problems.field(HttpStatus.BAD_REQUEST, "invalid-status", "status",
					"'" + status + "' is no booking status; one of " + Arrays.toString(BookingStatus.values()) + ".");
		}
	}

}
