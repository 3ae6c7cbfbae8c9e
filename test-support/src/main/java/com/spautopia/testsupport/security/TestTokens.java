package com.spautopia.testsupport.security;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.SecurityContext;

import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * Access tokens signed with an RSA key made for this test JVM, as the platform's token
 * issuer would give them: the caller's roles in the {@code roles} claim, the platform's
 * services in the {@code aud} claim. Test contexts of {@code @SpaInfrastructureTest}
 * trust this key (see {@link #decoder()}), so a test sends a real
 * {@code Authorization: Bearer} header through the service's real security filter chain.
 */
public final class TestTokens {

	public static final String ISSUER = "https://issuer.test.spautopia.example";

	/**
	 * The services the tokens are for, by their application names (each service accepts
	 * only tokens whose audience names it), as the platform's issuer says.
	 */
	public static final List<String> AUDIENCE = List.of("booking-service", "promotion-service", "notification-service",
			"ops-console");

	private static final RSAKey KEY = generate();

	private static final NimbusJwtEncoder ENCODER = new NimbusJwtEncoder(
			new ImmutableJWKSet<SecurityContext>(new JWKSet(KEY)));

	private TestTokens() {
	}

	public static String staff() {
		return withRoles("staff");
	}

	public static String marketing() {
		return withRoles("marketing");
	}

	public static String operator() {
		return withRoles("operator");
	}

	/**
	 * A token of a signed-in person with no role at all.
	 * @return the token
	 */
	public static String noRole() {
		return withRoles();
	}

	/**
	 * A token with the given roles, valid for an hour.
	 * @param roles the roles (e.g. {@code staff})
	 * @return the compact JWT
	 */
	public static String withRoles(String... roles) {
		return token(AUDIENCE, List.of(roles), Instant.now(), Duration.ofHours(1));
	}

	/**
	 * A token with the given roles for another audience than the platform's services
	 * (another application of the same issuer), valid for an hour.
	 * @param audience the audience
	 * @param roles the roles
	 * @return the compact JWT
	 */
	public static String forAudience(String audience, String... roles) {
		return token(List.of(audience), List.of(roles), Instant.now(), Duration.ofHours(1));
	}

	/**
	 * A token that expired a minute ago.
	 * @param roles the roles it had
	 * @return the compact JWT
	 */
	public static String expired(String... roles) {
		return token(AUDIENCE, List.of(roles), Instant.now().minus(Duration.ofHours(1)), Duration.ofMinutes(59));
	}

	/**
	 * The {@code Authorization} header value for a token.
	 * @param token the token
	 * @return {@code Bearer} and the token
	 */
	public static String bearer(String token) {
		return "Bearer " + token;
	}

	/**
	 * A decoder that accepts exactly the tokens of this class.
	 * @return the decoder
	 */
	public static JwtDecoder decoder() {
		try {
			return NimbusJwtDecoder.withPublicKey(KEY.toRSAPublicKey()).build();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String token(List<String> audience, List<String> roles, Instant issuedAt, Duration validity) {
		JwtClaimsSet claims = JwtClaimsSet.builder()
			.issuer(ISSUER)
			.audience(audience)
			.subject("test-" + String.join("-", roles))
			.issuedAt(issuedAt)
			.expiresAt(issuedAt.plus(validity))
			.claim("roles", roles)
			.build();
		JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).keyId(KEY.getKeyID()).build();
		return ENCODER.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
	}

	private static RSAKey generate() {
		try {
			return new RSAKeyGenerator(2048).keyID("test-key").generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
