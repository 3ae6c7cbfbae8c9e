package com.spautopia.localstack;

import java.nio.file.Path;
import java.time.Duration;

/**
 * What a person needs once the platform runs: where everything listens, where to see what
 * was sent, a first request.
 */
final class Banner {

	private static final String LINE = "=".repeat(100);

	private Banner() {
	}

	static String text(LocalPlatform platform, Duration startup) {
		LocalPorts ports = platform.ports();
		StringBuilder text = new StringBuilder(System.lineSeparator()).append(LINE).append(System.lineSeparator());
		text.append(
				"  Spa Utopia runs locally (started in %d s). Ctrl-C stops everything; data stays for the next start."
					.formatted(startup.toSeconds()))
			.append(System.lineSeparator())
			.append("  A service that stops by itself is restarted (and the log says so).")
			.append(System.lineSeparator())
			.append(System.lineSeparator());
		row(text, "Book online", "http://localhost:" + ports.service(SpaService.BOOKING) + "/book", "clients' page");
		row(text, "Marketing console", "http://localhost:" + ports.service(SpaService.PROMOTION) + "/marketing",
				"sign in as marketing / marketing");
		row(text, "Event flows (ops console)", "http://localhost:" + ports.service(SpaService.OPS_CONSOLE) + "/ops",
				"sign in as operator / operator");
		text.append(System.lineSeparator());
		for (ServiceProcess service : platform.services()) {
			row(text, service.name(), service.baseUrl(), "log " + relative(platform, service.logFile()));
		}
		row(text, "Kafka broker (KRaft)", LocalDefaults.HOST + ":" + ports.kafka(),
				"data " + relative(platform, platform.dataDirectory().resolve("kafka")));
		row(text, "MongoDB (embedded)", "mongodb://" + LocalDefaults.HOST + ":" + ports.mongo(),
				"data " + relative(platform, platform.mongoFile()));
		row(text, "SMTP server", LocalDefaults.HOST + ":" + ports.smtp(), "");
		row(text, "SMS simulator (Twilio API)", "http://" + LocalDefaults.HOST + ":" + ports.sms(),
				"account " + LocalDefaults.TWILIO_ACCOUNT_SID);
		row(text, "Sent SMS and email", "http://localhost:" + ports.inbox(), "JSON: /api/sms, /api/emails");
		row(text, "Logs", platform.logDirectory().toString(), "");
		text.append(System.lineSeparator())
			.append("  Try:  curl http://localhost:")
			.append(ports.service(SpaService.BOOKING))
			.append("/api/treatments")
			.append(System.lineSeparator())
			.append("  A staff token (demo accounts in the README):  curl -u staff-demo:staff-demo-secret")
			.append(" -d grant_type=client_credentials http://localhost:")
			.append(ports.auth())
			.append("/oauth2/token")
			.append(System.lineSeparator());
		return text.append(LINE).toString();
	}

	private static void row(StringBuilder text, String what, String where, String note) {
		text.append("  %-28s %-34s %s".formatted(what, where, note).stripTrailing()).append(System.lineSeparator());
	}

	private static String relative(LocalPlatform platform, Path path) {
		return platform.root().relativize(path).toString();
	}

}
