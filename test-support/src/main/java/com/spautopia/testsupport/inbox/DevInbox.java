package com.spautopia.testsupport.inbox;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.spautopia.testsupport.mail.SmtpServer;
import com.spautopia.testsupport.twilio.SimulatedSms;
import com.spautopia.testsupport.twilio.TwilioSimulator;

/**
 * A web page on {@code 127.0.0.1} listing the SMS and emails the platform sent, newest
 * first: {@code GET /} (HTML, refreshes itself), {@code GET /api/sms} and
 * {@code GET /api/emails} (JSON, oldest first).
 */
public final class DevInbox implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(DevInbox.class);

	private static final ObjectMapper json = new ObjectMapper();

	private final HttpServer server;

	private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

	private DevInbox(int port, TwilioSimulator sms, SmtpServer mail) throws IOException {
		InetAddress loopback = InetAddress.getByAddress(new byte[] { 127, 0, 0, 1 });
		this.server = HttpServer.create(new InetSocketAddress(loopback, port), 64);
		this.server.createContext("/api/sms", (exchange) -> send(exchange, "application/json",
				() -> toJson(sms.messages().stream().map(DevInbox::smsJson).toList())));
		this.server.createContext("/api/emails",
				(exchange) -> send(exchange, "application/json", () -> toJson(mail.receivedEmails())));
		this.server.createContext("/", (exchange) -> {
			if (exchange.getRequestURI().getPath().equals("/")) {
				send(exchange, "text/html", () -> InboxPage.render(sms.messages(), mail.receivedEmails()));
			}
			else {
				send(exchange, 404, "text/plain", "Not found");
			}
		});
		this.server.setExecutor(this.executor);
		this.server.start();
	}

	/**
	 * Start the inbox.
	 * @param port the port, or 0 for a free one
	 * @param sms the simulator whose messages to show
	 * @param mail the SMTP server whose emails to show
	 * @return the running inbox
	 */
	public static DevInbox start(int port, TwilioSimulator sms, SmtpServer mail) {
		try {
			DevInbox inbox = new DevInbox(port, sms, mail);
			logger.info("Dev inbox (SMS and emails sent by the platform): {}", inbox.url());
			return inbox;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the dev inbox on port " + port, ex);
		}
	}

	/**
	 * Return the port the inbox listens on.
	 * @return the port
	 */
	public int port() {
		return this.server.getAddress().getPort();
	}

	/**
	 * Return the inbox page's URL, e.g. {@code http://127.0.0.1:8025/}.
	 * @return the URL
	 */
	public String url() {
		return "http://127.0.0.1:" + port() + "/";
	}

	/**
	 * Stop the inbox.
	 */
	@Override
	public void close() {
		this.server.stop(0);
		this.executor.shutdownNow();
	}

	private static Map<String, Object> smsJson(SimulatedSms sms) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("sid", sms.sid());
		map.put("from", sms.from());
		map.put("messagingServiceSid", sms.messagingServiceSid());
		map.put("to", sms.to());
		map.put("body", sms.body());
		map.put("status", sms.status());
		map.put("acceptedAt", sms.acceptedAt().toString());
		return map;
	}

	private static String toJson(List<?> items) {
		try {
			return json.writeValueAsString(items);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void send(HttpExchange exchange, String contentType, Supplier<String> body) throws IOException {
		if (!"GET".equals(exchange.getRequestMethod())) {
			send(exchange, 405, "text/plain", "Method not allowed");
			return;
		}
		try {
			send(exchange, 200, contentType, body.get());
		}
		catch (RuntimeException ex) {
			logger.warn("Dev inbox could not render {}", exchange.getRequestURI(), ex);
			send(exchange, 500, "text/plain", "Error: " + ex.getMessage());
		}
	}

	private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
		try (exchange) {
			byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", contentType + "; charset=utf-8");
			exchange.getResponseHeaders().set("Cache-Control", "no-store");
			exchange.sendResponseHeaders(status, bytes.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(bytes);
			}
		}
	}

}
