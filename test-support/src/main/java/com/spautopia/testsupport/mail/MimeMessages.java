package com.spautopia.testsupport.mail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.mail.Address;
import jakarta.mail.Header;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import org.jspecify.annotations.Nullable;

/**
 * Turns a {@link MimeMessage} into a {@link ReceivedEmail} by walking its parts.
 */
final class MimeMessages {

	private MimeMessages() {
	}

	static ReceivedEmail parse(MimeMessage message) throws MessagingException, IOException {
		Bodies bodies = new Bodies();
		bodies.walk(message, 0);
		Address[] from = message.getFrom();
		String subject = message.getSubject();
		return new ReceivedEmail((from != null && from.length > 0) ? address(from[0]) : "",
				addresses(message.getRecipients(Message.RecipientType.TO)), (subject != null) ? subject : "",
				bodies.text, bodies.html, bodies.calendar, headers(message), List.copyOf(bodies.parts));
	}

	private static Map<String, List<String>> headers(MimeMessage message) throws MessagingException {
		Map<String, List<String>> headers = new LinkedHashMap<>();
		Enumeration<Header> all = message.getAllHeaders();
		while (all.hasMoreElements()) {
			Header header = all.nextElement();
			headers.computeIfAbsent(header.getName().toLowerCase(Locale.ROOT), (name) -> new ArrayList<>())
				.add(MimeUtility.unfold(header.getValue()));
		}
		headers.replaceAll((name, values) -> List.copyOf(values));
		return Collections.unmodifiableMap(headers);
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

		private final List<ReceivedEmail.MimePart> parts = new ArrayList<>();

		void walk(Part part, int depth) throws MessagingException, IOException {
			String contentType = MimeUtility.unfold(part.getContentType());
			String disposition = null;
			try {
				disposition = part.getDisposition();
			}
			catch (MessagingException ex) {
				// no or a malformed Content-Disposition: none
			}
			this.parts.add(new ReceivedEmail.MimePart(depth, contentType,
					new ContentType(contentType).getBaseType().toLowerCase(Locale.ROOT), disposition,
					part.getFileName()));
			if (part.isMimeType("multipart/*")) {
				Multipart multipart = (Multipart) part.getContent();
				for (int i = 0; i < multipart.getCount(); i++) {
					walk(multipart.getBodyPart(i), depth + 1);
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
