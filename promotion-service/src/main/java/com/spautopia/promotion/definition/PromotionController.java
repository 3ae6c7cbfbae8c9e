package com.spautopia.promotion.definition;

import java.net.URI;
import java.util.List;

import com.spautopia.promotion.catalog.TreatmentCatalog;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The marketing API for promotions.
 */
@RestController
@RequestMapping("/api/promotions")
class PromotionController {

	private final PromotionService service;

	private final TreatmentCatalog catalog;

	PromotionController(PromotionService service, TreatmentCatalog catalog) {
		this.service = service;
		this.catalog = catalog;
	}

	/**
	 * What the console needs to edit promotions: the spa's currency (every amount is in
	 * it) and time zone (days and time windows are read in it).
	 * @return the settings
	 */
	@GetMapping("/settings")
	Settings settings() {
		return new Settings(this.catalog.currency(), this.catalog.timeZone().getId());
	}

	@PostMapping
	ResponseEntity<Promotion> create(@Valid @RequestBody PromotionRequest request) {
		Promotion created = this.service.create(request);
		return ResponseEntity.created(URI.create("/api/promotions/" + created.id())).body(created);
	}

	@PutMapping("/{id}")
	Promotion update(@PathVariable String id, @Valid @RequestBody PromotionRequest request) {
		return this.service.update(id, request);
	}

	@GetMapping("/{id}")
	Promotion get(@PathVariable String id) {
		return this.service.find(id);
	}

	@GetMapping
	List<Promotion> list(@RequestParam(required = false) Promotion.@Nullable Status status) {
		return this.service.list(status);
	}

	@PostMapping("/{id}/activate")
	Promotion activate(@PathVariable String id) {
		return this.service.activate(id);
	}

	@PostMapping("/{id}/pause")
	Promotion pause(@PathVariable String id) {
		return this.service.pause(id);
	}

	@PostMapping("/{id}/end")
	Promotion end(@PathVariable String id) {
		return this.service.end(id);
	}

	/**
	 * The spa's settings promotions are edited with.
	 *
	 * @param currency the ISO 4217 code of every amount
	 * @param timeZone the zone days and time windows are read in
	 */
	record Settings(String currency, String timeZone) {
	}

}
