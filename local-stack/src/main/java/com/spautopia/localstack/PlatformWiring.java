package com.spautopia.localstack;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Where the shared infrastructure listens, turned into each service's environment
 * following the configuration contract (environment variables bind to the services'
 * properties by Spring Boot's relaxed binding).
 *
 * @param kafkaBootstrapServers the Kafka bootstrap servers
 * @param mongoUriForDatabase the MongoDB connection string for a database name
 * @param mongoEmulated whether MongoDB is the embedded emulator, which lacks the
 * {@code hello} command Spring Boot's MongoDB health check sends: its health contributor
 * is then switched off, or the services would never be UP
 * @param topicPrefix put before every topic name; empty for the real names
 * @param ports the HTTP port of each service
 * @param sms the Twilio-compatible SMS API the notification service talks to
 * @param mailHost the SMTP host
 * @param mailPort the SMTP port
 * @param issuerUri the token issuer the services trust
 * @param manageLinks the secrets of the clients' manage links
 */
public record PlatformWiring(String kafkaBootstrapServers, Function<String, String> mongoUriForDatabase,
		boolean mongoEmulated, String topicPrefix, Map<SpaService, Integer> ports, SmsGateway sms, String mailHost,
		int mailPort, String issuerUri, ManageLinkSecrets manageLinks) {

	/**
	 * The Twilio-compatible API and the credentials the notification service uses.
	 *
	 * @param apiUrl where the Twilio SDK's requests go (the simulator)
	 * @param accountSid the account SID
	 * @param authToken the auth token (also signs status callbacks)
	 * @param fromNumber the sender number
	 */
	public record SmsGateway(String apiUrl, String accountSid, String authToken, String fromNumber) {

	}

	public int port(SpaService service) {
		Integer port = this.ports.get(service);
		if (port == null) {
			throw new IllegalArgumentException("No port for " + service.moduleName());
		}
		return port;
	}

	/**
	 * The environment variables to start one service with.
	 * @param service the service
	 * @return its environment
	 */
	public Map<String, String> environmentFor(SpaService service) {
		Map<String, String> env = new LinkedHashMap<>();
		env.put("SERVER_PORT", String.valueOf(port(service)));
		env.put("SPRING_CLOUD_STREAM_KAFKA_BINDER_BROKERS", this.kafkaBootstrapServers);
		env.put("SPRING_KAFKA_BOOTSTRAP_SERVERS", this.kafkaBootstrapServers);
		env.put("SPRING_MONGODB_URI", this.mongoUriForDatabase.apply(service.database()));
		env.put("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI", this.issuerUri);
		if (this.mongoEmulated) {
			env.put("MANAGEMENT_HEALTH_MONGODB_ENABLED", "false");
		}
		if (!this.topicPrefix.isEmpty()) {
			env.put("SPA_KAFKA_TOPIC_PREFIX", this.topicPrefix);
		}
		env.put("SPA_WEB_LINKS_BOOK", pageUrl(SpaService.BOOKING, "/book"));
		env.put("SPA_WEB_LINKS_MARKETING", pageUrl(SpaService.PROMOTION, "/marketing"));
		env.put("SPA_WEB_LINKS_OPS", pageUrl(SpaService.OPS_CONSOLE, "/ops"));
		env.put("SPA_WEB_LINKS_QUOTE", pageUrl(SpaService.PROMOTION, "/api/promotions/quote"));
		env.put("SPA_WEB_LINKS_DESK", pageUrl(SpaService.BOOKING, "/desk"));
		env.put("SPA_WEB_LINKS_NOTIFICATIONS", pageUrl(SpaService.NOTIFICATION, ""));
		switch (service) {
			case BOOKING -> {
				env.put("SPA_BOOKING_MANAGE_BASE_URL", pageUrl(SpaService.BOOKING, "/manage"));
				env.put("SPA_WAITLIST_CLAIMURL", pageUrl(SpaService.BOOKING, "/book/claim.html"));
				env.put("SPA_MANAGE_LINKS_TOKEN_SECRET", this.manageLinks.tokenSecret());
				env.put("SPA_MANAGE_LINKS_SEALING_KEY", this.manageLinks.sealingKey());
				env.put("SPA_WEB_ALLOWEDORIGINS", pageUrl(SpaService.PROMOTION, ""));
			}
			case NOTIFICATION -> {
				env.put("SPA_MANAGE_LINKS_SEALING_KEY", this.manageLinks.sealingKey());
				env.put("SPA_TWILIO_ACCOUNT_SID", this.sms.accountSid());
				env.put("SPA_TWILIO_AUTH_TOKEN", this.sms.authToken());
				env.put("SPA_TWILIO_FROM_NUMBER", this.sms.fromNumber());
				env.put("SPA_TWILIO_API_URL", this.sms.apiUrl());
				env.put("SPA_TWILIO_STATUS_CALLBACK_BASE_URL", "http://127.0.0.1:" + port(SpaService.NOTIFICATION));
				env.put("SPRING_MAIL_HOST", this.mailHost);
				env.put("SPRING_MAIL_PORT", String.valueOf(this.mailPort));
				// the front desk page reads a client's messages and replies
				env.put("SPA_WEB_ALLOWEDORIGINS", pageUrl(SpaService.BOOKING, ""));
			}
			case PROMOTION -> env.put("SPA_WEB_ALLOWEDORIGINS", pageUrl(SpaService.BOOKING, ""));
			case OPS_CONSOLE -> {
				// the shared settings are all it needs
			}
		}
		return env;
	}

	/**
	 * The token issuer's environment: its port and issuer URI, and the pages that sign
	 * people in with it (their origins may call its token endpoint, their callbacks are
	 * the public client's redirect URIs).
	 * @return its environment
	 */
	public Map<String, String> issuerEnvironment() {
		URI issuer = URI.create(this.issuerUri);
		Map<String, String> env = new LinkedHashMap<>();
		env.put("SERVER_PORT", String.valueOf(issuer.getPort()));
		env.put("SPRING_SECURITY_OAUTH2_AUTHORIZATIONSERVER_ISSUER", this.issuerUri);
		env.put("SPA_AUTH_PAGES_ORIGINS", String.join(",", pageUrl(SpaService.BOOKING, ""),
				pageUrl(SpaService.PROMOTION, ""), pageUrl(SpaService.OPS_CONSOLE, "")));
		// the client id has a dash, which an environment variable's name cannot carry
		env.put("SPRING_APPLICATION_JSON",
				"{\"spring.security.oauth2.authorizationserver.client.spa-web.registration.redirect-uris\":[\""
						+ pageUrl(SpaService.BOOKING, "/desk/callback") + "\",\""
						+ pageUrl(SpaService.PROMOTION, "/marketing/callback") + "\",\""
						+ pageUrl(SpaService.OPS_CONSOLE, "/ops/callback") + "\"]}");
		return env;
	}

	/**
	 * A page of a service as a person's browser opens it.
	 * @param service the service
	 * @param path the page's path, empty for the origin
	 * @return its address
	 */
	public String pageUrl(SpaService service, String path) {
		return "http://localhost:" + port(service) + path;
	}

}
