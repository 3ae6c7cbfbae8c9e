package com.spautopia.security;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which address a request is counted under, as a table.
 */
class ClientAddressesTest {

	private final ClientAddresses addresses = new ClientAddresses(List.of("10.0.0.0/8", "2001:db8::/32"));

	@Test
	void anUntrustedPeersHeadersAreIgnored() {
		assertThat(of("198.51.100.7", "X-Forwarded-For", "203.0.113.1")).isEqualTo("198.51.100.7");
		assertThat(of("198.51.100.7", "Forwarded", "for=203.0.113.1")).isEqualTo("198.51.100.7");
	}

	@Test
	void aTrustedProxysHeadersNameTheClient() {
		assertThat(of("10.1.2.3", "X-Forwarded-For", "203.0.113.1")).isEqualTo("203.0.113.1");
		assertThat(of("10.1.2.3", "Forwarded", "for=203.0.113.1;proto=https;by=10.1.2.3")).isEqualTo("203.0.113.1");
		assertThat(of("10.1.2.3", "Forwarded", "for=\"[2001:db9::7]:4711\"")).isEqualTo("2001:db9::7");
		assertThat(of("10.1.2.3", "Forwarded", "for=203.0.113.1:5000")).isEqualTo("203.0.113.1");
		assertThat(of("2001:db8::5", "X-Forwarded-For", "203.0.113.1")).isEqualTo("203.0.113.1");
	}

	@Test
	void whatAClientPutInFrontOfTheChainIsNotBelieved() {
		// the client sent "X-Forwarded-For: 1.2.3.4" itself; the proxy appended its
		// address
		assertThat(of("10.1.2.3", "X-Forwarded-For", "1.2.3.4, 203.0.113.1")).isEqualTo("203.0.113.1");
		// two trusted proxies in a row: the first untrusted hop from the end is the
		// client
		assertThat(of("10.1.2.3", "X-Forwarded-For", "1.2.3.4, 203.0.113.1, 10.9.9.9")).isEqualTo("203.0.113.1");
	}

	@Test
	void hopsThatAreNoAddressesStopTheWalk() {
		assertThat(of("10.1.2.3", "X-Forwarded-For", "unknown")).isEqualTo("10.1.2.3");
		assertThat(of("10.1.2.3", "Forwarded", "for=_hidden")).isEqualTo("10.1.2.3");
		assertThat(of("10.1.2.3", "X-Forwarded-For", "attacker.example, 10.9.9.9")).isEqualTo("10.9.9.9");
		assertThat(of("10.1.2.3", "X-Forwarded-For", "999.1.1.1")).isEqualTo("10.1.2.3");
		assertThat(of("10.1.2.3", "X-Forwarded-For", "")).isEqualTo("10.1.2.3");
	}

	private String of(String peer, String header, String value) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setRemoteAddr(peer);
		request.addHeader(header, value);
		return this.addresses.of(request);
	}

}
