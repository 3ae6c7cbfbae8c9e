package com.spautopia.events;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What consumers need to know about a client at the time of an event.
 *
 * @param clientId the client's id in booking-service
 * @param name the client's name
 * @param phone the phone number in E.164 form
 * @param email the email address, if the client gave one
 * @param consents the client's consents at the time of the event
 * @param tags segment tags, such as {@code desk-worker}
 */
public record ClientSnapshot(String clientId, String name, String phone, @Nullable String email, Consents consents,
		List<String> tags) {

	public ClientSnapshot {
		tags = List.copyOf(tags);
	}

	/**
	 * A client's consents.
	 *
	 * @param transactionalSms confirmations and reminders by SMS
	 * @param marketingSms offers by SMS
	 * @param marketingEmail offers by email
	 */
	public record Consents(boolean transactionalSms, boolean marketingSms, boolean marketingEmail) {
	}

}
