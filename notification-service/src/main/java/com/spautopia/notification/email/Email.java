package com.spautopia.notification.email;

/**
 * An email with a plain-text and an HTML alternative.
 *
 * @param to the recipient's address
 * @param subject the subject
 * @param text the plain-text body
 * @param html the HTML body
 */
public record Email(String to, String subject, String text, String html) {
}
