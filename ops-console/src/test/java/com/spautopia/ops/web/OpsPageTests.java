package com.spautopia.ops.web;

import com.spautopia.ops.OpsConsoleTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@OpsConsoleTest
class OpsPageTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void servesTheOperatorsPageAtOps() {
		assertThat(this.mvc.get().uri("/ops")).hasStatusOk().hasForwardedUrl("/ops/index.html");
		assertThat(this.mvc.get().uri("/ops/index.html")).hasStatusOk()
			.bodyText()
			.contains("/api/ops", "/topics", "/consumer-groups", "/dead-letters", "/timeline");
	}

}
