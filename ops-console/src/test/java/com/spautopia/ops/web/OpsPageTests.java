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
			.contains("/ops/ops.js", "/ops/ops.css");
		assertThat(this.mvc.get().uri("/ops/ops.js")).hasStatusOk()
			.bodyText()
			.contains("/api/ops", "/topics", "/consumer-groups", "/dead-letters", "/timeline");
	}

	@Test
	void thePageHasNoInlineScriptOrStyleAndCarriesAStrictContentSecurityPolicy() {
		assertThat(this.mvc.get().uri("/ops/index.html")).hasStatusOk()
			.satisfies((page) -> assertThat(page.getResponse().getHeader("Content-Security-Policy"))
				.contains("default-src 'self'", "script-src 'self'", "style-src 'self'")
				.doesNotContain("unsafe-inline"))
			.satisfies((page) -> assertThat(page.getResponse().getHeader("Referrer-Policy")).isEqualTo("no-referrer"))
			.bodyText()
			.doesNotContain("<script>", "<style", "style=", " onclick=", " onchange=", " onsubmit=");
		assertThat(this.mvc.get().uri("/ops/ops.css")).hasStatusOk();
		assertThat(this.mvc.get().uri("/api/ops/topics"))
			.satisfies((answer) -> assertThat(answer.getResponse().getHeader("Content-Security-Policy"))
				.startsWith("default-src 'self'"));
	}

}
