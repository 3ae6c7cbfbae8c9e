import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Container healthcheck of a Spa Utopia service (the JRE image has neither curl nor wget): exits 0 when
 * GET http://127.0.0.1:$SERVER_PORT/actuator/health answers 200 with status UP, 1 otherwise.
 */
public final class HealthCheck {

	private HealthCheck() {
	}

	public static void main(String[] args) {
		String port = System.getenv().getOrDefault("SERVER_PORT", "8080");
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
			.timeout(Duration.ofSeconds(4))
			.build();
		try {
			HttpResponse<String> response = HttpClient.newBuilder()
				.connectTimeout(Duration.ofSeconds(2))
				.build()
				.send(request, HttpResponse.BodyHandlers.ofString());
			boolean up = response.statusCode() == 200 && response.body().replace(" ", "").contains("\"status\":\"UP\"");
			System.exit(up ? 0 : 1);
		}
		catch (Exception ex) {
			System.err.println("health check failed: " + ex);
			System.exit(1);
		}
	}

}
