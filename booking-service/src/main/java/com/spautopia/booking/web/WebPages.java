package com.spautopia.booking.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The pages, static HTML and script over the API: book online, manage a booking at the
 * link every confirmation carries ({@code /manage/{id}?token=...}), and the front desk
 * for staff ({@code /desk}; staff sign in at the token issuer and come back to
 * {@code /desk/callback}).
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

	@GetMapping({ "/desk", "/desk/", "/desk/callback" })
	String desk() {
		return "forward:/desk/index.html";
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
