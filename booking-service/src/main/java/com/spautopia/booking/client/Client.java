package com.spautopia.booking.client;

import java.time.Instant;
import java.util.List;

import com.spautopia.events.ClientSnapshot;
import com.spautopia.events.ClientSnapshot.Consents;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A client, recognized by phone number. Events waiting to be published (such as
 * ClientErased) sit in the document's {@code outbox} array, with its pending flag, not
 * mapped here.
 *
 * @param id the client's id
 * @param name the name
 * @param phone the phone number in E.164 form; unique
 * @param email the email address, if given
 * @param consents the current consents
 * @param tags segment tags
 * @param consentLedger every change of consents, oldest first
 * @param registeredAt when the client first booked
 * @param updatedAt when the details last changed
 * @param erasedAt when staff erased the client's personal data, if they did
 * @param marketingRequestedAt when the client asked for offers on the booking page, while
 * that waits for the client's confirmation (double opt-in); marketing consents count only
 * once confirmed
 * @param nameWords the name's words as staff search for them ({@link ClientQuery#words});
 * empty once erased (and for a client not seen since before the search existed)
 */
@Document("clients")
@CompoundIndex(name = "outbox_pending", def = "{'outboxSince': 1}", partialFilter = "{'outboxSince': {$exists: true}}")
@CompoundIndex(name = "name_words", def = "{'nameWords': 1}")
public record Client(@Id String id, String name, @Indexed(unique = true) String phone, @Nullable String email,
		Consents consents, List<String> tags, List<ConsentChange> consentLedger, Instant registeredAt,
		Instant updatedAt, @Nullable Instant erasedAt, @Nullable Instant marketingRequestedAt,
		@Nullable List<String> nameWords) {

	public Client {
		tags = List.copyOf(tags);
		consentLedger = List.copyOf(consentLedger);
		nameWords = (nameWords != null) ? List.copyOf(nameWords) : List.of();
	}

	public ClientSnapshot snapshot() {
		return new ClientSnapshot(this.id, this.name, this.phone, this.email, this.consents, this.tags);
	}

}
