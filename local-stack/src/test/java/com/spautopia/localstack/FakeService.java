package com.spautopia.localstack;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import com.sun.net.httpserver.HttpServer;

/**
 * Stands in for a Spring Boot service in {@link ServiceProcessTest}: serves
 * /actuator/health on SERVER_PORT, UP unless FAKE_MODE says otherwise.
 */
public final class FakeService {

	private FakeService() {
	}

	public static void main(String[] args) throws IOException {
		String mode = System.getenv().getOrDefault("FAKE_MODE", "healthy");
		System.out.println("fake service starting with GREETING=" + System.getenv("GREETING"));
		if (mode.equals("crash")) {
			System.out.println("boom: required configuration is missing");
			System.exit(3);
		}
		boolean up = mode.equals("healthy");
		HttpServer server = HttpServer
			.create(new InetSocketAddress("127.0.0.1", Integer.parseInt(System.getenv("SERVER_PORT"))), 0);
		server.createContext("/actuator/health", (exchange) -> {
			byte[] body = (up ? "{\"status\":\"UP\"}" : "{\"status\":\"DOWN\"}").getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			exchange.sendResponseHeaders(up ? 200 : 503, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		});
		server.start();
		System.out.println("fake service listening");
	}

}
