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
 * guarded by their signature, and so are the unsubscribe links of marketing emails; the
 * message records are for operators, the clients' replies and one client's messages for
 * the front desk.
 */
@Configuration(proxyBeanMethods = false)
@EnableSpaSecurity
class ApiAccess {

	@Bean
	EndpointAccess endpointAccess() {
		// unsubscribe links need no sign-in: their signed token says whose they are; not
		// rate-limited, as mail providers post one-click unsubscribes for many people
		return EndpointAccess.of(anyone(POST, "/twilio/status"), anyone(POST, "/twilio/inbound"),
				only(OPERATOR, GET, "/api/notifications"), only(STAFF, GET, "/api/replies"),
				only(STAFF, GET, "/api/clients/{clientId}/notifications"), anyone(GET, "/unsubscribe/{token}"),
				anyone(POST, "/unsubscribe/{token}"));
	}

}
