/**
 * What the HTTP security of every Spa Utopia service shares: each service is an OAuth2
 * resource server (JWT, roles from a configurable claim), declares who may call each of
 * its endpoints in one {@link com.spautopia.security.EndpointAccess} table, answers 401,
 * 403, 413 and 429 as RFC 9457 problem details, and rate limits its public endpoints per
 * client address and per phone number.
 */
@NullMarked
package com.spautopia.security;

import org.jspecify.annotations.NullMarked;
