package com.spautopia.localstack;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChaosRunPortsTest {

	@Test
	void listensFrom40000UnlessToldOtherwiseWithMongoDbAtTheOffsetPlus7017() {
		LocalPorts ports = ChaosRun.ports(Map.of());

		assertThat(ports.kafka()).isEqualTo(49092);
		assertThat(ports.service(SpaService.BOOKING)).isEqualTo(48081);
		assertThat(ports.mongo()).isEqualTo(47017);
	}

	@Test
	void followsTheOffsetAndAMongoDbPortGivenOutright() {
		LocalPorts ports = ChaosRun.ports(Map.of(LocalPorts.OFFSET_VARIABLE, "21000", "SPA_LOCAL_MONGO_PORT", "27999"));

		assertThat(ports.kafka()).isEqualTo(30092);
		assertThat(ports.service(SpaService.NOTIFICATION)).isEqualTo(29082);
		assertThat(ports.mongo()).isEqualTo(27999);
	}

}
