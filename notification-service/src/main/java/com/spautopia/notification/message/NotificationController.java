package com.spautopia.notification.message;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The messages sent about a booking.
 */
@RestController
@RequestMapping("/api/notifications")
class NotificationController {

	private final NotificationRepository notifications;

	NotificationController(NotificationRepository notifications) {
		this.notifications = notifications;
	}

	@GetMapping
	List<NotificationView> byBooking(@RequestParam @NotBlank @Size(max = 100) String bookingId) {
		return this.notifications.findByBookingIdOrderByCreatedAtAsc(bookingId)
			.stream()
			.map(NotificationView::of)
			.toList();
	}

}
