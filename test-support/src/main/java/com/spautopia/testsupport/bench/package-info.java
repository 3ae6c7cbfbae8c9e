/**
 * What the services' benchmarks share: the ceiling of event throughput measured with
 * Kafka's own perf tools in the benchmark's run.
 */
@NullMarked
package com.spautopia.testsupport.bench;

import org.jspecify.annotations.NullMarked;
