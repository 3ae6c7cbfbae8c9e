package com.spautopia.booking.client;

import java.security.Principal;
import java.time.Instant;
import java.util.List;

import com.spautopia.booking.web.Problems;
import com.spautopia.events.ClientSnapshot.Consents;
import com.spautopia.booking.spa.SpaProperties;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Clients as staff see them, the tags staff give them (events about a client's bookings
 * carry the tags from then on), and the erasure of a client's personal data.
 */
@RestController
@RequestMapping("/api/clients")
class ClientController {

	static final int SEARCH_LIMIT = 20;

	private final ClientDirectory clients;

	private final ClientErasure erasure;

	private final PhoneNumbers phoneNumbers;

	ClientController(ClientDirectory clients, ClientErasure erasure, SpaProperties spa) {
		this.clients = clients;
		this.erasure = erasure;
		this.phoneNumbers = new PhoneNumbers(spa.defaultRegion(), spa.phoneRegions());
	}

	/**
	 * Finds clients by phone number (in any format) or by part of the name, for the front
	 * desk: at most {@value #SEARCH_LIMIT}, in name order, phones masked.
	 * @param query what staff typed
	 * @return the clients found
	 */
	@GetMapping
	List<ClientFound> search(@RequestParam @NotBlank @Size(max = 100) String query) {
		ClientQuery understood;
		try {
			understood = ClientQuery.of(query, this.phoneNumbers);
		}
		catch (IllegalArgumentException ex) {
			throw Problems.field(HttpStatus.BAD_REQUEST, "invalid-client-query", "query", ex.getMessage());
		}
		return this.clients.search(understood, SEARCH_LIMIT).stream().map(ClientFound::of).toList();
	}

	@GetMapping("/{id}")
	ClientView client(@PathVariable String id) {
		return ClientView.of(this.clients.find(id).orElseThrow(() -> notFound(id)));
	}

	@PutMapping("/{id}/tags")
	ClientView tag(@PathVariable String id, @Valid @RequestBody Tags request) {
		List<String> tags = request.tags().stream().distinct().toList();
		return ClientView.of(this.clients.retag(id, tags).orElseThrow(() -> notFound(id)));
	}

	/**
	 * Erases the client's personal data; idempotent.
	 * @param id the client
	 * @param staff the member of staff asking
	 * @return 204 once the data is erased, whether now or before
	 */
	@DeleteMapping("/{id}")
	ResponseEntity<Void> erase(@PathVariable String id, Principal staff) {
		this.erasure.erase(id, staff.getName());
		return ResponseEntity.noContent().build();
	}

	private static ErrorResponseException notFound(String id) {
		return Problems.of(HttpStatus.NOT_FOUND, "client-not-found", "There is no client '" + id + "'.");
	}

	/**
	 * A client's segment tags; they replace the tags the client had.
	 *
	 * @param tags lowercase slugs such as {@code desk-worker}; at most 20
	 */
	record Tags(@NotNull @Size(max = 20,
			message = "at most 20 tags") List<@NotNull @Size(max = 40) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*",
					message = "must be a lowercase slug such as desk-worker") String> tags) {
	}

	/**
	 * A client found by a search.
	 *
	 * @param id the client's id
	 * @param name the name
	 * @param phone the phone number, masked
	 * @param hasEmail whether the client gave an email address
	 * @param tags segment tags
	 * @param registeredAt when the client first booked
	 */
	record ClientFound(String id, String name, String phone, boolean hasEmail, List<String> tags,
			Instant registeredAt) {

		static ClientFound of(Client client) {
			return new ClientFound(client.id(), client.name(), PhoneNumbers.mask(client.phone()),
					client.email() != null, client.tags(), client.registeredAt());
		}

	}

	/**
	 * A client as staff see them.
	 *
	 * @param id the client's id
	 * @param name the name
	 * @param phone the phone number in E.164 form
	 * @param email the email address, if given
	 * @param consents the current consents
	 * @param tags segment tags
	 * @param consentLedger every change of consents, oldest first
	 * @param registeredAt when the client first booked
	 * @param updatedAt when the details last changed
	 */
	record ClientView(String id, String name, String phone, @Nullable String email, Consents consents,
			List<String> tags, List<ConsentChange> consentLedger, Instant registeredAt, Instant updatedAt) {

		static ClientView of(Client client) {
			return new ClientView(client.id(), client.name(), client.phone(), client.email(), client.consents(),
					client.tags(), client.consentLedger(), client.registeredAt(), client.updatedAt());
		}

	}

}
