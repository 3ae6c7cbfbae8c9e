package com.spautopia.notification;

import com.spautopia.security.EnableSpaSecurity;
import com.spautopia.security.EndpointAccess;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static com.spautopia.security.Endpoint.anyone;
import static com.spautopia.security.Endpoint.only;
import static com.spautopia.security.Role.OPERATOR;
import static com.spautopia.security.Role.STAFF;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

/**
 * Who may call each endpoint of notification-service: Twilio's webhooks are public but
 * guarded by their signature; the message records are for operators, the clients' replies
 * for the front desk.
 */
@Configuration(proxyBeanMethods = false)
@EnableSpaSecurity
class ApiAccess {

	@Bean
	EndpointAccess endpointAccess() {
		return EndpointAccess.of(anyone(POST, "/twilio/status"), anyone(POST, "/twilio/inbound"),
				only(OPERATOR, GET, "/api/notifications"), only(STAFF, GET, "/api/replies"));
	}

}
