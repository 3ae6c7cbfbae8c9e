/**
 * The local run's token issuer: Spring Authorization Server with demo accounts whose
 * access tokens carry their roles in a {@code roles} claim, as Keycloak's do in
 * docker-compose.
 */
@NullMarked
package com.spautopia.auth;

import org.jspecify.annotations.NullMarked;
