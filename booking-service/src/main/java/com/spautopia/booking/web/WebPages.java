package com.spautopia.booking.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The clients' pages, static HTML and script over the public API: book online, and manage
 * a booking at the link every confirmation carries ({@code /manage/{id}?token=...}).
 */
@Controller
class WebPages {

	@GetMapping("/")
	String home() {
		return "redirect:/book";
	}

	@GetMapping({ "/book", "/book/" })
	String book() {
		return "forward:/book/index.html";
	}

	/**
	 * The manage page for any booking id; the page's own files (with a dot in their
	 * names) are not ids.
	 * @return the page
	 */
	@GetMapping("/manage/{id:[^.]+}")
	String manage() {
		return "forward:/manage/index.html";
	}

}
