package com.spautopia.notification.content;

/**
 * How big an SMS is on the wire.
 *
 * @param encoding the alphabet the text needs
 * @param units septets (GSM-7, escaped characters counting two) or UTF-16 code units
 * (UCS-2)
 * @param segments how many parts the text is sent in, each billed as one message
 */
public record SmsSize(Encoding encoding, int units, int segments) {

	/**
	 * The alphabets of SMS.
	 */
	public enum Encoding {

		/** The GSM 03.38 7-bit alphabet: 160 characters, 153 per part once split. */
		GSM_7,

		/** UCS-2 (UTF-16): 70 characters, 67 per part once split. */
		UCS_2

	}

}
