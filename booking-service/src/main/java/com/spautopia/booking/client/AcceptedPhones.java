package com.spautopia.booking.client;

import com.spautopia.booking.spa.SpaProperties;
import com.spautopia.booking.web.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The phone numbers a client may give on the booking page: those the spa texts. A number
 * of another region than those served, or a premium-rate one, is refused (SMS pumping).
 */
@Component
public class AcceptedPhones {

	private final PhoneNumbers phoneNumbers;

	AcceptedPhones(SpaProperties spa) {
		this.phoneNumbers = new PhoneNumbers(spa.defaultRegion(), spa.phoneRegions());
	}

	/**
	 * The client's number in E.164 form, if the spa texts it.
	 * @param typed the number as typed
	 * @return the number in E.164 form
	 * @throws org.springframework.web.ErrorResponseException a problem on
	 * {@code client.phone} when it is not accepted
	 */
	public String e164(String typed) {
		return switch (this.phoneNumbers.check(typed)) {
			case ACCEPTED -> this.phoneNumbers.toE164(typed).orElseThrow();
			case INVALID -> throw Problems.field(HttpStatus.BAD_REQUEST, "invalid-phone", "client.phone",
					"'" + typed + "' is not a valid phone number.");
			case REGION_NOT_SERVED ->
				throw Problems.field(HttpStatus.UNPROCESSABLE_CONTENT, "phone-region-not-served", "client.phone",
						"The spa texts only numbers of "
								+ String.join(", ", this.phoneNumbers.servedRegions().stream().sorted().toList())
								+ "; please give a number of one of them.");
			case COSTLY -> throw Problems.field(HttpStatus.UNPROCESSABLE_CONTENT, "phone-not-textable", "client.phone",
					"'" + typed + "' is a premium-rate or shared-cost number; please give a mobile number.");
		};
	}

}
