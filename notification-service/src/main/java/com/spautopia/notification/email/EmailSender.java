package com.spautopia.notification.email;

import com.spautopia.notification.delivery.DeliveryException;

/**
 * Sends emails.
 */
public interface EmailSender {

	/**
	 * Hands one email to the mail server.
	 * @param email the email
	 * @return the email's {@code Message-ID}
	 * @throws DeliveryException if the mail server did not accept it
	 */
	String send(Email email);

}
