package com.spautopia.testsupport.mail;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An email the SMTP server received.
 *
 * @param from the sender's address (without display name)
 * @param to the {@code To} addresses (without display names)
 * @param subject the decoded subject
 * @param textBody the {@code text/plain} body, if any
 * @param htmlBody the {@code text/html} body, if any
 * @param calendar the {@code text/calendar} part (inline or attachment), if any
 */
public record ReceivedEmail(String from, List<String> to, String subject, @Nullable String textBody,
		@Nullable String htmlBody, @Nullable String calendar) {

}
