package com.spautopia.notification.sms;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

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
	 * @param validity how long the provider may hold the message before it is useless:
	 * one it could not send by then is dropped, not delivered late
	 * @return the provider's id of the message, such as a Twilio message SID
	 * @throws DeliveryException if the provider did not accept the message
	 */
	String send(String to, String body, String reference, Duration validity);

	/**
	 * Asks the SMS provider whether it already has a message, because an earlier attempt
	 * to send it ended without a known outcome. A provider's message carries no reference
	 * of ours, so it is matched on its recipient, its text and its creation time.
	 * @param to the recipient in E.164 form
	 * @param body the text, exactly as sent
	 * @param notBefore when the first attempt to send it began: an older message with the
	 * same text is another one
	 * @return the provider's id of the message, if it has it
	 * @throws DeliveryException if the provider could not be asked
	 */
	Optional<String> findAccepted(String to, String body, Instant notBefore);

}
