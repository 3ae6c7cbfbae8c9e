package com.spautopia.localstack;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import com.sun.net.httpserver.HttpServer;

/**
 * Stands in for a Spring Boot service in {@link ServiceProcessTest}: serves
 * /actuator/health on SERVER_PORT, UP unless FAKE_MODE says otherwise: {@code crash}
 * stops at once, {@code down} reports DOWN, {@code crash-once} stops once it has reported
 * UP unless the file FAKE_MARKER shows it did so before, {@code crash-always} always
 * does.
 */
public final class FakeService {

	private static final CountDownLatch ANSWERED = new CountDownLatch(1);

	private FakeService() {
	}

	public static void main(String[] args) throws IOException {
		String mode = System.getenv().getOrDefault("FAKE_MODE", "healthy");
		System.out.println("fake service starting with GREETING=" + System.getenv("GREETING"));
		if (mode.equals("crash")) {
			System.out.println("boom: required configuration is missing");
			System.exit(3);
		}
		boolean up = !mode.equals("down");
		HttpServer server = HttpServer
			.create(new InetSocketAddress("127.0.0.1", Integer.parseInt(System.getenv("SERVER_PORT"))), 0);
		server.createContext("/actuator/health", (exchange) -> {
			byte[] body = (up ? "{\"status\":\"UP\"}" : "{\"status\":\"DOWN\"}").getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			exchange.sendResponseHeaders(up ? 200 : 503, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
			ANSWERED.countDown();
		});
		server.start();
		System.out.println("fake service listening");
		if (mode.equals("crash-once") || mode.equals("crash-always")) {
			stopSoonUnlessAlreadyStoppedOnce(mode, Path.of(System.getenv("FAKE_MARKER")));
		}
	}

	private static void stopSoonUnlessAlreadyStoppedOnce(String mode, Path marker) throws IOException {
		if (mode.equals("crash-once") && Files.exists(marker)) {
			System.out.println("fake service stays up");
			return;
		}
		Files.writeString(marker, "stopped once");
		try {
			// once whoever waits for it has seen it UP
			ANSWERED.await();
			Thread.sleep(500);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		System.out.println("fake service stops by itself");
		System.exit(7);
	}

}
