package com.spautopia.testsupport.security;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.spautopia.security.Endpoint;
import com.spautopia.security.EndpointAccess;
import com.spautopia.security.Role;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Checks a running service against its {@link EndpointAccess} table: every endpoint its
 * controllers map is in the table (a new endpoint left unclassified fails the test), and
 * every entry answers as the table says to an anonymous caller (401 unless public), a
 * caller with the wrong role (403) and one with the right role (neither).
 */
public final class EndpointAccessVerifier {

	private static final String SECURITY_FORBIDDEN = "https://spautopia.com/problems/forbidden";

	private static final String SECURITY_UNAUTHORIZED = "https://spautopia.com/problems/unauthorized";

	private final HttpClient http = HttpClient.newHttpClient();

	private final ApplicationContext context;

	private final String base;

	public EndpointAccessVerifier(ApplicationContext context, int port) {
		this.context = context;
		this.base = "http://localhost:" + port;
	}

	/**
	 * The mapped endpoints that the table does not classify.
	 * @return method and pattern of each, e.g. {@code POST /api/things}
	 */
	public List<String> unclassifiedEndpoints() {
		EndpointAccess access = this.context.getBean(EndpointAccess.class);
		RequestMappingHandlerMapping mapping = this.context.getBean("requestMappingHandlerMapping",
				RequestMappingHandlerMapping.class);
		List<String> unclassified = new ArrayList<>();
		mapping.getHandlerMethods().forEach((RequestMappingInfo info, HandlerMethod handler) -> {
			String type = handler.getBeanType().getName();
			if (type.startsWith("org.springframework.") || type.startsWith("com.spautopia.security.")) {
				return; // Spring Boot's /error; the shared /web/ page configuration,
						// public by design
			}
			for (String pattern : info.getPatternValues()) {
				if (info.getMethodsCondition().getMethods().isEmpty()) {
					unclassified.add("(any method) " + pattern);
				}
				for (RequestMethod method : info.getMethodsCondition().getMethods()) {
					if (access.find(HttpMethod.valueOf(method.name()), pattern).isEmpty()) {
						unclassified.add(method + " " + pattern);
					}
				}
			}
		});
		return unclassified;
	}

	/**
	 * Calls every endpoint of the table as anonymous, with a wrong role and with its
	 * role.
	 * @return what answered otherwise than the table says, empty when all is well
	 */
	public List<String> wrongAnswers() {
		List<String> wrong = new ArrayList<>();
		for (Endpoint endpoint : this.context.getBean(EndpointAccess.class).endpoints()) {
			String path = endpoint.pattern().replaceAll("\\{[^}]+}", "access-check");
			String name = endpoint.method() + " " + endpoint.pattern();
			Answer anonymous = send(endpoint.method(), path, null);
			if (endpoint.isPublic()) {
				expect(wrong, !anonymous.refusedBySecurity(), name + " is public but refused anonymous: " + anonymous);
				continue;
			}
			expect(wrong,
					anonymous.status() == 401 && anonymous.body().contains(SECURITY_UNAUTHORIZED)
							&& anonymous.wwwAuthenticate().startsWith("Bearer"),
					name + " anonymous should be a 401 problem with WWW-Authenticate: " + anonymous);
			Answer wrongRole = send(endpoint.method(), path, TestTokens.withRoles(otherThan(endpoint.role())));
			expect(wrong, wrongRole.status() == 403 && wrongRole.body().contains(SECURITY_FORBIDDEN),
					name + " with the wrong role should be a 403 problem: " + wrongRole);
			Answer rightRole = send(endpoint.method(), path, TestTokens.withRoles(roleName(endpoint.role())));
			expect(wrong, !rightRole.refusedBySecurity(), name + " refused its own role: " + rightRole);
		}
		return wrong;
	}

	private static void expect(List<String> wrong, boolean condition, String finding) {
		if (!condition) {
			wrong.add(finding);
		}
	}

	private static String otherThan(@Nullable Role role) {
		return roleName((role == Role.STAFF) ? Role.MARKETING : Role.STAFF);
	}

	private static String roleName(@Nullable Role role) {
		return (role != null) ? role.name().toLowerCase(Locale.ROOT) : "";
	}

	private Answer send(HttpMethod method, String path, @Nullable String token) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", "application/json")
			.method(method.name(), (method == HttpMethod.GET || method == HttpMethod.DELETE) ? BodyPublishers.noBody()
					: BodyPublishers.ofString("{}"));
		if (token != null) {
			request.header("Authorization", TestTokens.bearer(token));
		}
		try {
			HttpResponse<String> response = this.http.send(request.build(), BodyHandlers.ofString());
			return new Answer(response.statusCode(), response.body(),
					response.headers().firstValue("WWW-Authenticate").orElse(""));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private record Answer(int status, String body, String wwwAuthenticate) {

		boolean refusedBySecurity() {
			return this.status == 401 || (this.status == 403 && this.body.contains(SECURITY_FORBIDDEN));
		}

	}

}
