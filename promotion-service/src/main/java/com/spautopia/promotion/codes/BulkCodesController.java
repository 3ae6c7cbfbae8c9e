package com.spautopia.promotion.codes;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import jakarta.validation.Valid;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Bulk codes: {@code POST /api/promotions/{id}/codes} generates a batch, {@code GET
 * /api/promotions/{id}/codes.csv} exports every code of the promotion.
 */
@RestController
class BulkCodesController {

	private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final BulkCodes codes;

	BulkCodesController(BulkCodes codes) {
		this.codes = codes;
	}

	@PostMapping("/api/promotions/{id}/codes")
	ResponseEntity<BulkCodes.CodeBatch> generate(@PathVariable String id,
			@Valid @RequestBody CodeBatchRequest request) {
		return ResponseEntity.status(HttpStatus.CREATED).body(this.codes.generate(id, request));
	}

	@GetMapping("/api/promotions/{id}/codes.csv")
	ResponseEntity<String> export(@PathVariable String id) {
		StringBuilder csv = new StringBuilder("code,batch,created\n");
		try (Stream<BulkCode> all = this.codes.of(id)) {
			all.forEach((code) -> csv.append(code.code())
				.append(',')
				.append(code.batchId())
				.append(',')
				.append(code.createdAt())
				.append('\n'));
		}
		return ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + id + "-codes.csv\"")
			.body(csv.toString());
	}

}
