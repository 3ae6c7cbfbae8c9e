package com.spautopia.ops.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The operators' page: static HTML and JavaScript that read the {@code /api/ops} API.
 */
@Controller
class OpsPageController {

	@GetMapping({ "/ops", "/ops/", "/ops/callback" })
	String page() {
		return "forward:/ops/index.html";
	}

}
