package com.spautopia.notification.notice;

import com.spautopia.events.notification.Purpose;
import org.jspecify.annotations.Nullable;

/**
 * The messages an appointment's life sends, each with its templates under
 * {@code templates/notification/<template>/} and its calendar method.
 */
enum NoticeKind {

	CONFIRMATION(Purpose.CONFIRMATION, "confirmation", "REQUEST"),

	RESCHEDULE(Purpose.RESCHEDULE, "reschedule", "REQUEST"),

	CANCELLATION(Purpose.CANCELLATION, "cancellation", "CANCEL"),

	/**
	 * The cancellation of a booking booking-service released because the client did not
	 * confirm it in time: its own words, a cancellation all the same.
	 */
	RELEASE(Purpose.CANCELLATION, "release", "CANCEL"),

	THANK_YOU(Purpose.THANK_YOU, "thank-you", null);

	private final Purpose purpose;

	private final String template;

	private final @Nullable String calendarMethod;

	NoticeKind(Purpose purpose, String template, @Nullable String calendarMethod) {
		this.purpose = purpose;
		this.template = template;
		this.calendarMethod = calendarMethod;
	}

	Purpose purpose() {
		return this.purpose;
	}

	String template() {
		return this.template;
	}

	@Nullable String calendarMethod() {
		return this.calendarMethod;
	}

}
