package com.spautopia.testsupport.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * The heap a benchmark's JVM used: the peak of every heap pool since the last reset
 * (garbage included, so it grows with what {@code -Xmx} allows), and what is still live
 * right after a full collection (what the run's objects need). The service, the broker
 * and the MongoDB-compatible server share the benchmark's JVM, so both are the whole
 * stack's.
 */
public final class HeapUse {

	private static final long MEGABYTE = 1 << 20;

	private HeapUse() {
	}

	/**
	 * Starts the peak over: call it before the measured part.
	 */
	public static void resetPeak() {
		heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
	}

	/**
	 * The heap's peak since the last {@link #resetPeak()}, garbage included.
	 * @return megabytes
	 */
	public static long peakMegabytes() {
		return heapPools().mapToLong((pool) -> pool.getPeakUsage().getUsed()).sum() / MEGABYTE;
	}

	/**
	 * The heap still used after a full collection: call it while what was measured is
	 * still held (the service running, its caches and consumers in place).
	 * @return megabytes
	 */
	public static long liveMegabytes() {
		System.gc();
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / MEGABYTE;
	}

	private static java.util.stream.Stream<MemoryPoolMXBean> heapPools() {
		return ManagementFactory.getMemoryPoolMXBeans().stream().filter((pool) -> pool.getType() == MemoryType.HEAP);
	}

}
