package com.spautopia.booking.web;

import com.spautopia.security.EnableSpaSecurity;
import com.spautopia.security.EndpointAccess;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static com.spautopia.security.Endpoint.anyone;
import static com.spautopia.security.Endpoint.only;
import static com.spautopia.security.Role.OPERATOR;
import static com.spautopia.security.Role.STAFF;
import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

/**
 * Who may call each endpoint of booking-service. Clients need no account: they browse the
 * catalog, book, and manage their own booking with its manage token (checked by the
 * booking endpoints themselves, which also let staff through). The pages that do this
 * ({@code /book}, {@code /manage/{id}}) are public HTML and script, and so is the front
 * desk page ({@code /desk}), whose calls need a staff token.
 */
@Configuration(proxyBeanMethods = false)
@EnableSpaSecurity
class ApiAccess {

	@Bean
	EndpointAccess endpointAccess() {
		return EndpointAccess.of(anyone(GET, "/"), anyone(GET, "/book"), anyone(GET, "/book/"), anyone(GET, "/book/**"),
				anyone(GET, "/manage/{id:[^.]+}"), anyone(GET, "/manage/**"),
				// the front desk page is public HTML and script; its calls need a staff
				// token
				anyone(GET, "/desk"), anyone(GET, "/desk/"), anyone(GET, "/desk/callback"), anyone(GET, "/desk/**"),
				anyone(GET, "/api/spa"), anyone(GET, "/api/treatments"), anyone(GET, "/api/treatments/{id}"),
				only(STAFF, PUT, "/api/treatments/{id}"), anyone(GET, "/api/therapists"),
				anyone(GET, "/api/therapists/{id}"), only(STAFF, PUT, "/api/therapists/{id}"),
				anyone(GET, "/api/availability").limitedPerAddress(), anyone(POST, "/api/bookings").limitedPerAddress(),
				anyone(GET, "/api/bookings/{id}"), anyone(POST, "/api/bookings/{id}/reschedule").limitedPerAddress(),
				anyone(POST, "/api/bookings/{id}/cancel").limitedPerAddress(),
				only(STAFF, POST, "/api/bookings/{id}/complete"), only(STAFF, POST, "/api/bookings/{id}/no-show"),
				only(STAFF, GET, "/api/bookings"), only(STAFF, GET, "/api/clients"),
				only(STAFF, GET, "/api/clients/{id}/bookings"), only(STAFF, GET, "/api/clients/{id}"),
				only(STAFF, PUT, "/api/clients/{id}/tags"), only(STAFF, DELETE, "/api/clients/{id}"),
				only(OPERATOR, GET, "/api/outbox/quarantine"),
				// the short manage links of SMS (limited: a guess costs a request)
				anyone(GET, "/m/{code}").limitedPerAddress(),
				anyone(POST, "/api/bookings/{id}/language").limitedPerAddress(),
				// rooms, closures and special hours (staff)
				only(STAFF, GET, "/api/rooms"), only(STAFF, GET, "/api/rooms/{id}"),
				only(STAFF, PUT, "/api/rooms/{id}"), only(STAFF, GET, "/api/spa/closures"),
				only(STAFF, PUT, "/api/spa/closures/{date}"), only(STAFF, DELETE, "/api/spa/closures/{date}"),
				// the waitlist: joined from the booking page, left with the entry's token
				anyone(POST, "/api/waitlist").limitedPerAddress(),
				anyone(DELETE, "/api/waitlist/{id}").limitedPerAddress(),
				// an offer's time claimed from its link, with the offer's token
				anyone(GET, "/api/waitlist/offers/{id}").limitedPerAddress(),
				anyone(POST, "/api/waitlist/offers/{id}/claim").limitedPerAddress());
	}

}
