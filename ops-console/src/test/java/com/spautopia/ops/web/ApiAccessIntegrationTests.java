package com.spautopia.ops.web;

import com.spautopia.testsupport.infra.SpaInfrastructureTest;
import com.spautopia.testsupport.security.EndpointAccessVerifier;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint of the console answers anonymous callers, callers with the wrong role
 * and operators as its access table says, and none is left out of the table.
 */
@SpaInfrastructureTest
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ApiAccessIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void everyMappedEndpointIsInTheAccessTable() {
		assertThat(new EndpointAccessVerifier(this.context, this.port).unclassifiedEndpoints()).isEmpty();
	}

	@Test
	void everyEndpointAnswersAnonymousWrongRoleAndRightRoleAsTheTableSays() {
		assertThat(new EndpointAccessVerifier(this.context, this.port).wrongAnswers()).isEmpty();
	}

}
