package com.spautopia.localstack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

class PortCheckTest {

	@Test
	void namesEveryBusyPortAndWhatNeedsIt() throws IOException {
		try (ServerSocket busy = new ServerSocket()) {
			busy.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
			int port = busy.getLocalPort();
			int free = freePort();

			assertThatExceptionOfType(LocalStackException.class)
				.isThrownBy(() -> PortCheck
					.ensureFree(List.of(new RequiredPort(free, "SMTP server"), new RequiredPort(port, "Kafka broker"))))
				.withMessageContaining("Port " + port + " (Kafka broker) is already in use")
				.withMessageNotContaining(String.valueOf(free))
				.withMessageContaining("nothing was started");
		}
	}

	@Test
	void passesWhenAllPortsAreFree() throws IOException {
		int free = freePort();

		assertThatNoException().isThrownBy(() -> PortCheck.ensureFree(List.of(new RequiredPort(free, "dev inbox"))));
		assertThat(PortCheck.isFree(free)).isTrue();
	}

	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
