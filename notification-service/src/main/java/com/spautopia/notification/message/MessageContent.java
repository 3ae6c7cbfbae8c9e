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
 */
public record MessageContent(String text, @Nullable String subject, @Nullable String html,
		@Nullable String calendarMethod, @Nullable String calendar) {

	public static MessageContent sms(String text) {
		return new MessageContent(text, null, null, null, null);
	}

	public static MessageContent email(String subject, String text, String html) {
		return new MessageContent(text, subject, html, null, null);
	}

	public MessageContent withCalendar(String method, String ics) {
		return new MessageContent(this.text, this.subject, this.html, method, ics);
	}

}
