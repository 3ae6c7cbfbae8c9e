package com.spautopia.notification.sms;

import com.spautopia.notification.delivery.DeliveryException;

/**
 * Sends text messages.
 */
public interface SmsSender {

	/**
	 * Hands one text message to the SMS provider.
	 * @param to the recipient in E.164 form
	 * @param body the text
	 * @param reference this service's id of the message, handed back in the provider's
	 * status callbacks
	 * @return the provider's id of the message, such as a Twilio message SID
	 * @throws DeliveryException if the provider did not accept the message
	 */
	String send(String to, String body, String reference);

}
