package com.spautopia.notification.message;

import org.jspecify.annotations.Nullable;

/**
 * What a message says: for SMS the text; for email the subject, the plain-text and HTML
 * parts and possibly a calendar invitation.
 *
 * @param text the SMS text, or the email's plain-text part
 * @param subject the email's subject
 * @param html the email's HTML part
 * @param calendarMethod the iTIP method of the attached calendar object
 * @param calendar the attached iCalendar text
 * @param listUnsubscribe for marketing email, the {@code List-Unsubscribe} header's value
 * (one-click, RFC 8058)
 */
public record MessageContent(String text, @Nullable String subject, @Nullable String html,
		@Nullable String calendarMethod, @Nullable String calendar, @Nullable String listUnsubscribe) {

	public static MessageContent sms(String text) {
		return new MessageContent(text, null, null, null, null, null);
	}

	public static MessageContent email(String subject, String text, String html) {
		return new MessageContent(text, subject, html, null, null, null);
	}

	public MessageContent withCalendar(String method, String ics) {
		return new MessageContent(this.text, this.subject, this.html, method, ics, this.listUnsubscribe);
	}

	public MessageContent withListUnsubscribe(String value) {
		return new MessageContent(this.text, this.subject, this.html, this.calendarMethod, this.calendar, value);
	}

}
