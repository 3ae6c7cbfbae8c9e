package com.spautopia.ops;

import io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporter;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OTLP span exporter is on the class path, but exports nothing unless configured
 * (management.opentelemetry.tracing.export.otlp.endpoint, as docker-compose's ops profile
 * does with OTLP_TRACING_ENABLED).
 */
@OpsConsoleTest
class TracingExportTests {

	@Autowired
	private ApplicationContext context;

	@Test
	void exportsNoSpansUnlessAnEndpointIsConfigured() {
		assertThat(OtlpHttpSpanExporter.class).isNotNull();
		assertThat(this.context.getBeanNamesForType(OtlpHttpSpanExporter.class)).isEmpty();
	}

}
