package com.spautopia.promotion.campaign;

import java.time.Instant;
import java.util.List;

/**
 * What a campaign would send if launched now, before it is: who it reaches, each message
 * variant as clients would read it in each language, its SMS segments, cost and sending
 * time.
 *
 * @param audience the clients it reaches, by channel, and those held out
 * @param offerValidUntil when its offers end
 * @param variants each message variant: recipients and the messages in each language
 * @param sending the SMS sending estimate, of the longest language
 * @param warnings what to check before launching
 */
record CampaignPreview(Audience audience, Instant offerValidUntil, List<VariantPreview> variants,
		SendingEstimate sending, List<String> warnings) {

	/**
	 * The reachable audience.
	 *
	 * @param clients reachable clients
	 * @param sms of those, offered by SMS
	 * @param email of those, offered by email
	 * @param heldOut reachable clients held out (sent nothing)
	 */
	record Audience(long clients, long sms, long email, long heldOut) {
	}

	/**
	 * One message variant.
	 *
	 * @param name its name (A when the campaign has one message)
	 * @param sms clients it goes to by SMS
	 * @param email clients it goes to by email
	 * @param languages the messages in each language
	 */
	record VariantPreview(String name, long sms, long email, List<LanguagePreview> languages) {
	}

	/**
	 * A variant's messages in one language.
	 *
	 * @param language the language tag
	 * @param sms the SMS text
	 * @param smsSize its encoding and segments
	 * @param emailSubject the email's subject
	 * @param emailText the email's text
	 */
	record LanguagePreview(String language, String sms, SmsEstimate smsSize, String emailSubject, String emailText) {
	}

}
