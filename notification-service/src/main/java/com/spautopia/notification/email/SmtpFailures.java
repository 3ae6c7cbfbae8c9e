package com.spautopia.notification.email;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;

import jakarta.mail.MessagingException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;

import org.springframework.mail.MailSendException;

/**
 * Reads an SMTP failure: a 5xx reply (RFC 5321: permanent negative completion, such as
 * 550 mailbox unavailable or 554 transaction failed) will fail again, so it is not
 * retried; a 4xx reply or a connection problem may pass.
 */
final class SmtpFailures {

	private SmtpFailures() {
	}

	/**
	 * Whether the server refused the email for good.
	 * @param failure what sending threw
	 * @return {@code true} if any reply in it was a 5xx
	 */
	static boolean isPermanent(Throwable failure) {
		Deque<Throwable> toVisit = new ArrayDeque<>();
		Map<Throwable, Boolean> visited = new IdentityHashMap<>();
		toVisit.push(failure);
		while (!toVisit.isEmpty()) {
			Throwable current = toVisit.pop();
			if (visited.put(current, true) != null) {
				continue;
			}
			if (isPermanentReply(replyCode(current))) {
				return true;
			}
			if (current instanceof MailSendException send) {
				send.getFailedMessages().values().forEach(toVisit::push);
			}
			if (current instanceof MessagingException messaging && messaging.getNextException() != null) {
				toVisit.push(messaging.getNextException());
			}
			if (current.getCause() != null) {
				toVisit.push(current.getCause());
			}
		}
		return false;
	}

	private static int replyCode(Throwable failure) {
		return switch (failure) {
			case SMTPAddressFailedException address -> address.getReturnCode();
			case SMTPSenderFailedException sender -> sender.getReturnCode();
			case SMTPSendFailedException send -> send.getReturnCode();
			default -> 0;
		};
	}

	private static boolean isPermanentReply(int code) {
		return code >= 500 && code <= 599;
	}

}
