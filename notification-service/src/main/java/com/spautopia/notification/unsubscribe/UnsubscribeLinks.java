package com.spautopia.notification.unsubscribe;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import com.spautopia.events.Channel;
import com.spautopia.notification.sms.TwilioProperties;
import com.spautopia.notification.unsubscribe.UnsubscribeTokens.Claim;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The unsubscribe link of a client's marketing emails, and the {@code List-Unsubscribe}
 * header (RFC 2369, one-click as RFC 8058 has it) that names it. The link is
 * {@code <base-url>/unsubscribe/<token>}: its page (GET) asks before unsubscribing, a
 * POST to it (the page's button, or a mail program's one-click) unsubscribes.
 */
@Component
public class UnsubscribeLinks {

	static final String PATH = "/unsubscribe/";

	private final UnsubscribeTokens tokens;

	private final String baseUrl;

	UnsubscribeLinks(UnsubscribeProperties properties, TwilioProperties twilio, Environment environment) {
		this.tokens = new UnsubscribeTokens(key(properties, twilio));
		this.baseUrl = baseUrl(properties, twilio, environment);
	}

	/**
	 * The link that unsubscribes a client from marketing email.
	 * @param clientId the client
	 * @return the link
	 */
	public String url(String clientId) {
		return this.baseUrl + PATH + this.tokens.token(clientId, Channel.EMAIL);
	}

	/**
	 * The {@code List-Unsubscribe} value of a client's marketing email: the one-click
	 * link alone. No {@code mailto:}: RFC 8058 needs only the HTTPS URI, and an address
	 * this service does not read would unsubscribe nobody.
	 * @param clientId the client
	 * @return such as {@code <https://.../unsubscribe/...>}
	 */
	public String listUnsubscribe(String clientId) {
		return "<" + url(clientId) + ">";
	}

	Optional<Claim> read(String token) {
		return this.tokens.read(token);
	}

	private static byte[] key(UnsubscribeProperties properties, TwilioProperties twilio) {
		if (StringUtils.hasText(properties.key())) {
			return properties.key().getBytes(StandardCharsets.UTF_8);
		}
		// a secret every instance has, kept apart from its other use by the label
		return UnsubscribeTokens.hmac(twilio.authToken().getBytes(StandardCharsets.UTF_8),
				"spa-utopia unsubscribe links");
	}

	private static String baseUrl(UnsubscribeProperties properties, TwilioProperties twilio, Environment environment) {
		String base = StringUtils.hasText(properties.baseUrl()) ? properties.baseUrl()
				: StringUtils.hasText(twilio.statusCallbackBaseUrl()) ? twilio.statusCallbackBaseUrl()
						: "http://localhost:" + environment.getProperty("server.port", "8080");
		return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
	}

}
