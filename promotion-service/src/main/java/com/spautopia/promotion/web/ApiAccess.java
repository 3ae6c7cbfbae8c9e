package com.spautopia.promotion.web;

import com.spautopia.security.EnableSpaSecurity;
import com.spautopia.security.EndpointAccess;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static com.spautopia.security.Endpoint.anyone;
import static com.spautopia.security.Endpoint.only;
import static com.spautopia.security.Role.MARKETING;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

/**
 * Who may call each endpoint of promotion-service: the quote is public (the booking page
 * shows it), promotions, campaigns and the waitlist's fill figures are marketing's. The
 * console's page is public HTML and script; it signs people in and sends their token with
 * every call.
 */
@Configuration(proxyBeanMethods = false)
@EnableSpaSecurity
class ApiAccess {

	@Bean
	EndpointAccess endpointAccess() {
		return EndpointAccess.of(anyone(GET, "/marketing"), anyone(GET, "/marketing/"),
				anyone(GET, "/marketing/callback"), anyone(GET, "/marketing/**"),
				anyone(GET, "/api/promotions/quote").limitedPerAddress(), only(MARKETING, POST, "/api/promotions"),
				only(MARKETING, GET, "/api/promotions"), only(MARKETING, GET, "/api/promotions/settings"),
				only(MARKETING, GET, "/api/promotions/{id}"), only(MARKETING, GET, "/api/promotions/{id}/figures"),
				only(MARKETING, POST, "/api/promotions/{id}/codes"),
				only(MARKETING, GET, "/api/promotions/{id}/codes.csv"), only(MARKETING, PUT, "/api/promotions/{id}"),
				only(MARKETING, POST, "/api/promotions/{id}/activate"),
				only(MARKETING, POST, "/api/promotions/{id}/pause"), only(MARKETING, POST, "/api/promotions/{id}/end"),
				only(MARKETING, POST, "/api/campaigns"), only(MARKETING, GET, "/api/campaigns"),
				only(MARKETING, GET, "/api/campaigns/{id}"), only(MARKETING, GET, "/api/campaigns/{id}/audience"),
				only(MARKETING, POST, "/api/campaigns/preview"), only(MARKETING, GET, "/api/campaigns/{id}/preview"),
				only(MARKETING, POST, "/api/campaigns/{id}/launch"), only(MARKETING, POST, "/api/campaigns/{id}/pause"),
				only(MARKETING, POST, "/api/campaigns/{id}/resume"),
				only(MARKETING, POST, "/api/campaigns/{id}/cancel"), only(MARKETING, GET, "/api/campaigns/{id}/stats"),
				only(MARKETING, GET, "/api/waitlist/stats"));
	}

}
