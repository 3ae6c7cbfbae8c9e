/**
 * Real infrastructure for tests and the local run: a Kafka broker and a MongoDB endpoint,
 * taken from the environment, from Testcontainers or started in-process.
 */
@NullMarked
package com.spautopia.testsupport.infra;

import org.jspecify.annotations.NullMarked;
