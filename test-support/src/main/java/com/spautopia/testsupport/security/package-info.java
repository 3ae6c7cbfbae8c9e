/**
 * Real signed access tokens for tests, and the decoder that trusts them.
 */
@NullMarked
package com.spautopia.testsupport.security;

import org.jspecify.annotations.NullMarked;
