package com.spautopia.ops.web;

import com.spautopia.security.EnableSpaSecurity;
import com.spautopia.security.EndpointAccess;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static com.spautopia.security.Endpoint.anyone;
import static com.spautopia.security.Endpoint.only;
import static com.spautopia.security.Role.OPERATOR;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

/**
 * Who may call each endpoint of the console: its API is for operators; the page itself is
 * only HTML and script (it asks for an operator's token and sends it with every call).
 */
@Configuration(proxyBeanMethods = false)
@EnableSpaSecurity
class ApiAccess {

	@Bean
	EndpointAccess endpointAccess() {
		return EndpointAccess.of(anyone(GET, "/ops"), anyone(GET, "/ops/"), anyone(GET, "/ops/callback"),
				anyone(GET, "/ops/**"), only(OPERATOR, GET, "/api/ops/topics"),
				only(OPERATOR, GET, "/api/ops/consumer-groups"),
				only(OPERATOR, GET, "/api/ops/consumer-groups/{groupId}"),
				only(OPERATOR, GET, "/api/ops/bookings/{bookingId}/timeline"),
				only(OPERATOR, GET, "/api/ops/clients/{clientId}/timeline"),
				only(OPERATOR, GET, "/api/ops/dead-letters"), only(OPERATOR, GET, "/api/ops/dead-letters/{dlqTopic}"),
				only(OPERATOR, POST, "/api/ops/dead-letters/{dlqTopic}/{partition}/{offset}/replay"),
				only(OPERATOR, POST, "/api/ops/dead-letters/{dlqTopic}/replay"),
				only(OPERATOR, POST, "/api/ops/dead-letters/{dlqTopic}/{partition}/{offset}/discard"));
	}

}
