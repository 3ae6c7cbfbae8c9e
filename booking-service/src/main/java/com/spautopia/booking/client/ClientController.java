package com.spautopia.booking.client;

import java.security.Principal;

import com.spautopia.booking.web.Problems;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Clients over HTTP, for staff: see a client, and erase a client's personal data.
 */
@RestController
@RequestMapping("/api/clients")
class ClientController {

	private final MongoTemplate mongo;

	private final ClientErasure erasure;

	ClientController(MongoTemplate mongo, ClientErasure erasure) {
		this.mongo = mongo;
		this.erasure = erasure;
	}

	@GetMapping("/{id}")
	Client client(@PathVariable String id) {
		Client client = this.mongo.findById(id, Client.class);
		if (client == null) {
			throw Problems.of(HttpStatus.NOT_FOUND, "client-not-found", "There is no client '" + id + "'.");
		}
		return client;
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

}
