/**
 * MongoDB for tests: {@link QueryLog} records the queries a service sends, and
 * {@link IndexUse} says whether real MongoDB could serve each from the indexes the
 * service declares (the embedded server used here uses unique indexes only, so only such
 * a check can tell).
 */
@NullMarked
package com.spautopia.testsupport.mongo;

import org.jspecify.annotations.NullMarked;
