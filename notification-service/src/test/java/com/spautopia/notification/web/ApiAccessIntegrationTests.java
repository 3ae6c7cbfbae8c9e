package com.spautopia.notification.web;

import com.spautopia.notification.NotificationIntegrationTest;
import com.spautopia.testsupport.security.EndpointAccessVerifier;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint of notification-service answers anonymous callers, callers with the
 * wrong role and operators as its access table says, and none is left out of the table.
 */
class ApiAccessIntegrationTests extends NotificationIntegrationTest {

	@Autowired
	ApplicationContext context;

	@Test
	void everyMappedEndpointIsInTheAccessTable() {
		assertThat(new EndpointAccessVerifier(this.context, PORT).unclassifiedEndpoints()).isEmpty();
	}

	@Test
	void everyEndpointAnswersAnonymousWrongRoleAndRightRoleAsTheTableSays() {
		assertThat(new EndpointAccessVerifier(this.context, PORT).wrongAnswers()).isEmpty();
	}

}
