package com.spautopia.testsupport.mail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.jspecify.annotations.Nullable;

/**
 * Turns a {@link MimeMessage} into a {@link ReceivedEmail} by walking its parts.
 */
final class MimeMessages {

	private MimeMessages() {
	}

	static ReceivedEmail parse(MimeMessage message) throws MessagingException, IOException {
		Bodies bodies = new Bodies();
		bodies.walk(message);
		Address[] from = message.getFrom();
		String subject = message.getSubject();
		return new ReceivedEmail((from != null && from.length > 0) ? address(from[0]) : "",
				addresses(message.getRecipients(Message.RecipientType.TO)), (subject != null) ? subject : "",
				bodies.text, bodies.html, bodies.calendar);
	}

	private static List<String> addresses(Address @Nullable [] addresses) {
		return (addresses != null) ? Arrays.stream(addresses).map(MimeMessages::address).toList() : List.of();
	}

	private static String address(Address address) {
		return (address instanceof InternetAddress internet) ? internet.getAddress() : address.toString();
	}

	private static final class Bodies {

		private @Nullable String text;

		private @Nullable String html;

		private @Nullable String calendar;

		void walk(Part part) throws MessagingException, IOException {
			if (part.isMimeType("multipart/*")) {
				Multipart multipart = (Multipart) part.getContent();
				for (int i = 0; i < multipart.getCount(); i++) {
					walk(multipart.getBodyPart(i));
				}
			}
			else if (part.isMimeType("text/calendar")) {
				this.calendar = (this.calendar != null) ? this.calendar : content(part);
			}
			else if (part.isMimeType("text/html") && !isAttachment(part)) {
				this.html = (this.html != null) ? this.html : content(part);
			}
			else if (part.isMimeType("text/plain") && !isAttachment(part)) {
				this.text = (this.text != null) ? this.text : content(part);
			}
		}

		private static boolean isAttachment(Part part) throws MessagingException {
			return Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition());
		}

		private static String content(Part part) throws MessagingException, IOException {
			Object content = part.getContent();
			if (content instanceof String string) {
				return string;
			}
			String charset = new ContentType(part.getContentType()).getParameter("charset");
			try (InputStream in = part.getInputStream()) {
				return new String(in.readAllBytes(),
						(charset != null) ? Charset.forName(charset) : StandardCharsets.UTF_8);
			}
		}

	}

}
