package com.spautopia.notification.email;

import java.nio.charset.StandardCharsets;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

/**
 * The MIME body of an email: {@code multipart/alternative} of {@code text/plain} and
 * {@code text/html}, and, with a calendar invitation, a third alternative
 * {@code text/calendar; method=...; charset=UTF-8} (iMIP, RFC 6047: what Outlook and
 * Gmail show as an invitation with Accept/Decline) inside {@code multipart/mixed} with
 * the same iCalendar object attached as {@code invite.ics} for clients that only offer
 * attachments.
 */
final class MailParts {

	static final String ATTACHMENT_NAME = "invite.ics";

	private MailParts() {
	}

	static MimeMultipart body(Email email) throws MessagingException {
		MimeMultipart alternative = new MimeMultipart("alternative");
		alternative.addBodyPart(text(email.text(), "plain"));
		alternative.addBodyPart(text(email.html(), "html"));
		Email.CalendarPart calendar = email.calendar();
		if (calendar == null) {
			return alternative;
		}
		byte[] ics = calendar.ics().getBytes(StandardCharsets.UTF_8);
		// the last alternative is the richest: calendars take it as the invitation; its
		// method must be the METHOD inside
		MimeBodyPart invitation = new MimeBodyPart();
		invitation.setDataHandler(new DataHandler(
				new ByteArrayDataSource(ics, "text/calendar; method=" + calendar.method() + "; charset=UTF-8")));
		alternative.addBodyPart(invitation);
		MimeBodyPart alternatives = new MimeBodyPart();
		alternatives.setContent(alternative);
		MimeBodyPart attachment = new MimeBodyPart();
		attachment.setDataHandler(new DataHandler(new ByteArrayDataSource(ics, "application/ics")));
		attachment.setFileName(ATTACHMENT_NAME);
		attachment.setDisposition(Part.ATTACHMENT);
		MimeMultipart mixed = new MimeMultipart("mixed");
		mixed.addBodyPart(alternatives);
		mixed.addBodyPart(attachment);
		return mixed;
	}

	private static MimeBodyPart text(String text, String subtype) throws MessagingException {
		MimeBodyPart part = new MimeBodyPart();
		part.setText(text, StandardCharsets.UTF_8.name(), subtype);
		return part;
	}

}
