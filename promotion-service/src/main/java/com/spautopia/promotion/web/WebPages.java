package com.spautopia.promotion.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The marketing console: static HTML and script over the promotions and campaigns API.
 * People sign in at the token issuer and come back to {@code /marketing/callback}.
 */
@Controller
class WebPages {

	@GetMapping({ "/marketing", "/marketing/", "/marketing/callback" })
	String console() {
		return "forward:/marketing/index.html";
	}

}
