package com.spautopia.testsupport.process;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class KafkaProcessTest {

	@TempDir
	Path temp;

	@Test
	void runsARealBrokerProcessWhoseDataSurvivesARestart() throws Exception {
		KafkaBrokerConfig config = new KafkaBrokerConfig(this.temp.resolve("kafka"), "127.0.0.1", freePort(),
				freePort());
		Path log = this.temp.resolve("logs/kafka.log");

		KafkaProcess first = KafkaProcess.start(config, log, Duration.ofSeconds(90));
		String clusterId;
		try {
			try (Admin admin = admin(first)) {
				admin.createTopics(List.of(new NewTopic("spa.booking.events", 3, (short) 1))).all().get();
			}
			clusterId = config.clusterId();
		}
		finally {
			first.stop(Duration.ofSeconds(15));
		}
		assertThat(first.isAlive()).isFalse();

		KafkaProcess second = KafkaProcess.start(config, log, Duration.ofSeconds(90));
		try (Admin admin = admin(second)) {
			Set<String> topics = admin.listTopics().names().get();
			assertThat(topics).contains("spa.booking.events");
			assertThat(admin.describeCluster().clusterId().get()).isEqualTo(clusterId);
		}
		finally {
			second.stop(Duration.ofSeconds(15));
		}
		assertThat(Files.readString(config.serverProperties())).contains("process.roles=broker,controller",
				"log.dirs=" + config.dataDirectory().toAbsolutePath());
	}

	private static Admin admin(KafkaProcess kafka) throws IOException {
		return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()));
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
