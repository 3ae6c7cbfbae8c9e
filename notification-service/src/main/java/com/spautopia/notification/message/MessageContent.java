package com.spautopia.notification.message;

import java.util.function.UnaryOperator;

import com.spautopia.events.SealedLinks;

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

	/** What a stored message's sealed parts are bound to. */
	private static final String AT_REST = "notification-content";

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

	/**
	 * The content as it is stored: every part sealed ({@link SealedLinks}, with the key
	 * manage links travel with), since the texts carry the client's manage link and
	 * personal details. Parts sealed already stay as they are.
	 * @param seal the seal
	 * @return the sealed content
	 */
	public MessageContent sealed(SealedLinks seal) {
		return map((part) -> SealedLinks.isSealed(part) ? part : seal.seal(part, AT_REST));
	}

	/**
	 * The content as it is sent: every part opened (a part stored before contents were
	 * sealed is given back as it is).
	 * @param seal the seal
	 * @return the content in the clear
	 */
	public MessageContent opened(SealedLinks seal) {
		return map((part) -> seal.open(part, AT_REST));
	}

	private MessageContent map(UnaryOperator<String> part) {
		return new MessageContent(part.apply(this.text), mapped(this.subject, part), mapped(this.html, part),
				this.calendarMethod, mapped(this.calendar, part), mapped(this.listUnsubscribe, part));
	}

	private static @Nullable String mapped(@Nullable String value, UnaryOperator<String> part) {
		return (value != null) ? part.apply(value) : null;
	}

}
