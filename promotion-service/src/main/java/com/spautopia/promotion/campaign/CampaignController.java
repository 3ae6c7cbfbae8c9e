package com.spautopia.promotion.campaign;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The marketing API for campaigns.
 */
@RestController
@RequestMapping("/api/campaigns")
class CampaignController {

	private final CampaignService service;

	private final CampaignReports reports;

	CampaignController(CampaignService service, CampaignReports reports) {
		this.service = service;
		this.reports = reports;
	}

	@PostMapping
	ResponseEntity<Campaign> create(@Valid @RequestBody CampaignRequest request) {
		Campaign created = this.service.create(request);
		return ResponseEntity.created(URI.create("/api/campaigns/" + created.id())).body(created);
	}

	/**
	 * What a campaign would send, before it is created: the body is the one that creates
	 * it.
	 * @param request the campaign
	 * @return its preview
	 */
	@PostMapping("/preview")
	CampaignPreview preview(@Valid @RequestBody CampaignRequest request) {
		return this.service.preview(request);
	}

	@GetMapping
	List<Campaign> list() {
		return this.service.list();
	}

	@GetMapping("/{id}")
	Campaign get(@PathVariable String id) {
		return this.service.find(id);
	}

	@GetMapping("/{id}/audience")
	CampaignService.AudiencePreview previewAudience(@PathVariable String id) {
		return this.service.preview(id);
	}

	@GetMapping("/{id}/preview")
	CampaignPreview previewMessages(@PathVariable String id) {
		return this.service.previewMessages(id);
	}

	@PostMapping("/{id}/launch")
	Campaign launch(@PathVariable String id) {
		return this.service.launch(id);
	}

	@PostMapping("/{id}/pause")
	Campaign pause(@PathVariable String id) {
		return this.service.pause(id);
	}

	@PostMapping("/{id}/resume")
	Campaign resume(@PathVariable String id) {
		return this.service.resume(id);
	}

	@PostMapping("/{id}/cancel")
	Campaign cancel(@PathVariable String id) {
		return this.service.cancel(id);
	}

	@GetMapping("/{id}/stats")
	CampaignStats stats(@PathVariable String id) {
		return this.reports.stats(id);
	}

}
