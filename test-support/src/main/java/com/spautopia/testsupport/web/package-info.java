/**
 * Malformed requests every endpoint must refuse with a 4xx problem detail, and a raw HTTP
 * client to send them with.
 */
@NullMarked
package com.spautopia.testsupport.web;

import org.jspecify.annotations.NullMarked;
