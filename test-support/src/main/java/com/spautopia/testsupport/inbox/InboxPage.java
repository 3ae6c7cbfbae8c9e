package com.spautopia.testsupport.inbox;

import java.util.List;

import org.jspecify.annotations.Nullable;

import com.spautopia.testsupport.mail.ReceivedEmail;
import com.spautopia.testsupport.twilio.SimulatedSms;

/**
 * Renders the inbox HTML page, newest first, every value HTML-escaped.
 */
final class InboxPage {

	private static final String HEAD = """
			<!DOCTYPE html>
			<html lang="en"><head><meta charset="utf-8"><meta http-equiv="refresh" content="3">
			<title>Spa Utopia dev inbox</title>
			<style>
			body { font-family: system-ui, sans-serif; margin: 2rem; color: #222; }
			table { border-collapse: collapse; width: 100%; margin-bottom: 2rem; }
			th, td { border: 1px solid #ccc; padding: .4rem .6rem; text-align: left; vertical-align: top; }
			th { background: #f3efe9; } pre { white-space: pre-wrap; margin: 0; font-family: inherit; }
			.muted { color: #777; }
			</style></head><body>
			<h1>Spa Utopia dev inbox</h1><p class="muted">What the platform sent; refreshes every 3 seconds.</p>
			""";

	private InboxPage() {
	}

	static String render(List<SimulatedSms> messages, List<ReceivedEmail> emails) {
		StringBuilder html = new StringBuilder(HEAD);
		html.append("<h2>SMS (").append(messages.size()).append(")</h2>");
		html.append("<table><tr><th>Accepted</th><th>To</th><th>From</th><th>Status</th><th>Text</th></tr>");
		for (SimulatedSms sms : messages.reversed()) {
			html.append("<tr><td>")
				.append(escape(sms.acceptedAt().toString()))
				.append("</td><td>")
				.append(escape(sms.to()))
				.append("</td><td>")
				.append(escape((sms.from() != null) ? sms.from() : sms.messagingServiceSid()))
				.append("</td><td>")
				.append(escape(sms.status()))
				.append("</td><td><pre>")
				.append(escape(sms.body()))
				.append("</pre></td></tr>");
		}
		html.append("</table><h2>Emails (").append(emails.size()).append(")</h2>");
		html.append("<table><tr><th>To</th><th>From</th><th>Subject</th><th>Text</th><th>Calendar</th></tr>");
		for (ReceivedEmail email : emails.reversed()) {
			html.append("<tr><td>")
				.append(escape(String.join(", ", email.to())))
				.append("</td><td>")
				.append(escape(email.from()))
				.append("</td><td>")
				.append(escape(email.subject()))
				.append("</td><td><pre>")
				.append(escape((email.textBody() != null) ? email.textBody() : email.htmlBody()))
				.append("</pre></td><td>")
				.append((email.calendar() != null)
						? "<details><summary>.ics</summary><pre>" + escape(email.calendar()) + "</pre></details>" : "")
				.append("</td></tr>");
		}
		return html.append("</table></body></html>").toString();
	}

	static String escape(@Nullable String text) {
		if (text == null) {
			return "";
		}
		StringBuilder escaped = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			switch (c) {
				case '<' -> escaped.append("&lt;");
				case '>' -> escaped.append("&gt;");
				case '&' -> escaped.append("&amp;");
				case '"' -> escaped.append("&quot;");
				case '\'' -> escaped.append("&#39;");
				default -> escaped.append(c);
			}
		}
		return escaped.toString();
	}

}
