package com.spautopia.localstack;

import java.util.List;
import java.util.Map;

import com.spautopia.localstack.chaos.ChaosReport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The short chaos run in the build (issue 18): the platform with two instances of every
 * service, 30 clients, and one fault of each kind (Kafka killed, a notification-service
 * instance killed, MongoDB stopped, Twilio's 5xx, 429 storm, slow answers and disordered
 * callbacks, a poison message on each topic). A promise the platform breaks fails it with
 * the run's table. The full run is a command in the README.
 */
class ChaosShortRunSystemTest {

	@Test
	void everyPromiseHoldsThroughOneFaultOfEachKind() {
		ChaosReport report = ChaosRun.run(ChaosSettings.SHORT, ServiceJars.repositoryRoot(), freePorts());

		assertThat(report.failures()).as("%n%s%s", report.table(), report.summaryLine()).isEmpty();
	}

	/**
	 * Ports of a range where every part of the platform, second instances included, finds
	 * its port free, below Linux's ephemeral range (32768 up), where a client connection
	 * could take a port while its service is down.
	 */
	private static LocalPorts freePorts() {
		for (int offset = 20000; offset <= 23000; offset += 500) {
			LocalPorts ports = ChaosRun.ports(Map.of(LocalPorts.OFFSET_VARIABLE, String.valueOf(offset)));
			List<Integer> second = ports.services()
				.values()
				.stream()
				.map((port) -> port + ChaosPlatform.SECOND_INSTANCE_PORT_STEP)
				.toList();
			if (ports.required().stream().allMatch((port) -> PortCheck.isFree(port.port()))
					&& second.stream().allMatch(PortCheck::isFree)) {
				return ports;
			}
		}
		throw new IllegalStateException("No free port range from offset 20000 to 23000");
	}

}
