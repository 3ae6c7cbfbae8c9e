package com.spautopia.notification.email;

import org.jspecify.annotations.Nullable;

/**
 * An email with a plain-text and an HTML alternative, and possibly a calendar invitation.
 *
 * @param to the recipient's address
 * @param subject the subject
 * @param text the plain-text body
 * @param html the HTML body
 * @param calendar an iCalendar object to attach, if any
 * @param listUnsubscribe for marketing email, the {@code List-Unsubscribe} value: sent
 * with {@code List-Unsubscribe-Post: List-Unsubscribe=One-Click} (RFC 8058)
 */
public record Email(String to, String subject, String text, String html, @Nullable CalendarPart calendar,
		@Nullable String listUnsubscribe) {

	public Email(String to, String subject, String text, String html) {
		this(to, subject, text, html, null, null);
	}

	/**
	 * An iCalendar object (RFC 5545) sent as an iTIP message (RFC 5546).
	 *
	 * @param method the iTIP method, such as {@code REQUEST} or {@code CANCEL}
	 * @param ics the iCalendar text
	 */
	public record CalendarPart(String method, String ics) {
	}

}
