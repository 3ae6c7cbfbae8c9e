/**
 * Child processes for tests and the local run: a real Kafka broker (KRaft) as its own OS
 * process, with data that survives a restart, and any Java program started and stopped
 * cleanly.
 */
@NullMarked
package com.spautopia.testsupport.process;

import org.jspecify.annotations.NullMarked;
