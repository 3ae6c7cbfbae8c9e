/**
 * The chaos harness (issue 18): the platform with two instances of every service, real
 * traffic, faults injected one after another, and the platform's promises checked from
 * the outside once it has settled.
 */
@NullMarked
package com.spautopia.localstack.chaos;

import org.jspecify.annotations.NullMarked;
