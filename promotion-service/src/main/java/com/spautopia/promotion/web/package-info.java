/**
 * HTTP problem details (RFC 9457) shared by the service's APIs.
 */
@NullMarked
package com.spautopia.promotion.web;

import org.jspecify.annotations.NullMarked;
