package com.spautopia.notification.content;

/**
 * One message rendered for every channel.
 *
 * @param sms the SMS text
 * @param emailSubject the email's subject
 * @param emailText the email's plain-text part
 * @param emailHtml the email's HTML part
 */
public record RenderedMessage(String sms, String emailSubject, String emailText, String emailHtml) {
}
