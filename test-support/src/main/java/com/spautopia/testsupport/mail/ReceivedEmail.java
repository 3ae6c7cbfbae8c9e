package com.spautopia.testsupport.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.ParseException;
import org.jspecify.annotations.Nullable;

/**
 * An email the SMTP server received.
 *
 * @param from the sender's address (without display name)
 * @param to the {@code To} addresses (without display names)
 * @param subject the decoded subject
 * @param textBody the {@code text/plain} body, if any
 * @param htmlBody the {@code text/html} body, if any
 * @param calendar the first {@code text/calendar} part (inline or attachment), if any
 * @param headers the message's headers by lower-case name, values unfolded, in order
 * @param parts every MIME part, depth first, the message itself first
 */
public record ReceivedEmail(String from, List<String> to, String subject, @Nullable String textBody,
		@Nullable String htmlBody, @Nullable String calendar, Map<String, List<String>> headers, List<MimePart> parts) {

	/**
	 * The first value of a header.
	 * @param name the header's name, in any case
	 * @return its value, if the message has it
	 */
	public Optional<String> header(String name) {
		List<String> values = this.headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
		return values.stream().findFirst();
	}

	/**
	 * The MIME tree by media type, such as
	 * {@code multipart/mixed(multipart/alternative(text/plain,text/html),application/ics)}.
	 * @return the structure
	 */
	public String structure() {
		return structure(0);
	}

	private String structure(int index) {
		MimePart part = this.parts.get(index);
		StringBuilder out = new StringBuilder(part.mediaType());
		List<Integer> children = new ArrayList<>();
		for (int i = index + 1; i < this.parts.size() && this.parts.get(i).depth() > part.depth(); i++) {
			if (this.parts.get(i).depth() == part.depth() + 1) {
				children.add(i);
			}
		}
		if (!children.isEmpty()) {
			out.append('(');
			for (int i = 0; i < children.size(); i++) {
				out.append((i > 0) ? "," : "").append(structure(children.get(i)));
			}
			out.append(')');
		}
		return out.toString();
	}

	/**
	 * One part of the MIME tree.
	 *
	 * @param depth 0 for the message, 1 for its parts, and so on
	 * @param contentType the {@code Content-Type} header as sent, unfolded
	 * @param mediaType its media type, lower case, without parameters
	 * @param disposition the {@code Content-Disposition} type, if any
	 * @param fileName the file name, if any
	 */
	public record MimePart(int depth, String contentType, String mediaType, @Nullable String disposition,
			@Nullable String fileName) {

		/**
		 * A parameter of the content type.
		 * @param name its name, such as {@code method}
		 * @return its value, if present
		 */
		public Optional<String> parameter(String name) {
			try {
				return Optional.ofNullable(new ContentType(this.contentType).getParameter(name));
			}
			catch (ParseException ex) {
				return Optional.empty();
			}
		}

	}

}
