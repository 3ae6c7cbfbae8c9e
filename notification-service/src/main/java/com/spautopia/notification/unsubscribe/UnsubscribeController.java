package com.spautopia.notification.unsubscribe;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;

import com.spautopia.notification.consent.EmailOptOuts;
import com.spautopia.notification.content.MessageTemplates;
import com.spautopia.notification.content.NotificationProperties;
import com.spautopia.notification.unsubscribe.UnsubscribeTokens.Claim;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /unsubscribe/{token}}, for people without an account: GET shows a page whose
 * button unsubscribes, POST unsubscribes (the button, or a mail program's one-click
 * {@code List-Unsubscribe-Post}, RFC 8058) and announces it ({@code ClientOptedOut} for
 * email). A GET changes nothing, so link scanners that follow links unsubscribe nobody. A
 * malformed token is a 400 problem, a token this service did not sign a 404; neither
 * changes anything.
 */
@RestController
class UnsubscribeController {

	private static final Logger logger = LoggerFactory.getLogger(UnsubscribeController.class);

	/** How the opt-out is recorded: the means, as an SMS opt-out records its word. */
	static final String MEANS = "UNSUBSCRIBE";

	private final UnsubscribeLinks links;

	private final EmailOptOuts optOuts;

	private final MessageTemplates templates;

	private final NotificationProperties properties;

	private final Clock clock;

	UnsubscribeController(UnsubscribeLinks links, EmailOptOuts optOuts, MessageTemplates templates,
			NotificationProperties properties, Clock clock) {
		this.links = links;
		this.optOuts = optOuts;
		this.templates = templates;
		this.properties = properties;
		this.clock = clock;
	}

	@GetMapping("/unsubscribe/{token}")
	ResponseEntity<String> page(@PathVariable String token) {
		genuine(token);
		return html("confirm", token);
	}

	@PostMapping("/unsubscribe/{token}")
	ResponseEntity<String> unsubscribe(@PathVariable String token) {
		Claim claim = genuine(token);
		if (this.optOuts.optOut(claim.clientId(), MEANS, this.clock.instant()) == EmailOptOuts.Result.UNKNOWN) {
			throw problem(HttpStatus.NOT_FOUND, "Unknown unsubscribe link",
					"This link belongs to no one this service sends offers to.");
		}
		return html("done", token);
	}

	private Claim genuine(String token) {
		Claim claim = this.links.read(token)
			.orElseThrow(() -> problem(HttpStatus.BAD_REQUEST, "Malformed unsubscribe link",
					"The link is not an unsubscribe link of this service; copy it whole from the email."));
		if (!claim.genuine()) {
			// the client id in it is the caller's text: not logged
			logger.warn("Refused an unsubscribe link with a wrong signature");
			throw problem(HttpStatus.NOT_FOUND, "Unknown unsubscribe link",
					"This link belongs to no one this service sends offers to.");
		}
		return claim;
	}

	private ResponseEntity<String> html(String page, String token) {
		Map<String, Object> variables = Map.of("spaName", this.properties.spaName(), "action",
				UnsubscribeLinks.PATH + token);
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.body(this.templates.render("unsubscribe/" + page + ".html", variables));
	}

	private static ErrorResponseException problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return new ErrorResponseException(status, problem, null);
	}

}
