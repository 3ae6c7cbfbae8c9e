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
 * @param language the language the client chose for their messages, a BCP 47 tag such as
 * {@code en} or {@code pl}; absent: the spa's default language (and in events of
 * producers older than the field)
 */
public record ClientSnapshot(String clientId, String name, String phone, @Nullable String email, Consents consents,
		List<String> tags, @Nullable String language) {

	public ClientSnapshot {
		tags = List.copyOf(tags);
	}

	/**
	 * A client who chose no language: the spa's default applies.
	 * @param clientId the client's id in booking-service
	 * @param name the client's name
	 * @param phone the phone number in E.164 form
	 * @param email the email address, if the client gave one
	 * @param consents the client's consents at the time of the event
	 * @param tags segment tags
	 */
	public ClientSnapshot(String clientId, String name, String phone, @Nullable String email, Consents consents,
			List<String> tags) {
		this(clientId, name, phone, email, consents, tags, null);
	}

	/**
	 * This client with a language for their messages.
	 * @param language a BCP 47 tag such as {@code pl}, or none for the spa's default
	 * @return the snapshot with that language
	 */
	public ClientSnapshot withLanguage(@Nullable String language) {
		return new ClientSnapshot(this.clientId, this.name, this.phone, this.email, this.consents, this.tags, language);
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
