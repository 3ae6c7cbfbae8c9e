package com.spautopia.booking.benchmark;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import com.spautopia.testsupport.bench.HeapUse;

/**
 * Sends a fixed list of POST requests with a fixed number of concurrent clients and
 * measures each request's latency.
 */
final class LoadRun {

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	Result run(String name, URI target, List<String> bodies, int clients) throws InterruptedException {
		long[] latencies = new long[bodies.size()];
		int[] statuses = new int[bodies.size()];
		AtomicInteger next = new AtomicInteger();
		HeapUse.resetPeak();
		long cpuBefore = processCpuNanos();
		long started = System.nanoTime();
		try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int client = 0; client < clients; client++) {
				pool.execute(() -> {
					for (int i = next.getAndIncrement(); i < bodies.size(); i = next.getAndIncrement()) {
						long sent = System.nanoTime();
						statuses[i] = post(target, bodies.get(i));
						latencies[i] = System.nanoTime() - sent;
					}
				});
			}
		}
		long elapsed = System.nanoTime() - started;
		double cpuMillisPerRequest = (processCpuNanos() - cpuBefore) / 1e6 / bodies.size();
		long peakHeap = HeapUse.peakMegabytes();
		long liveHeap = HeapUse.liveMegabytes();
		long ok = Arrays.stream(statuses).filter((status) -> status == 201).count();
		if (ok < bodies.size()) {
			System.out.println(name + ", " + clients + " clients: answers other than 201: "
					+ Arrays.stream(statuses)
						.filter((status) -> status != 201)
						.boxed()
						.collect(Collectors.groupingBy((status) -> status, TreeMap::new, Collectors.counting())));
		}
		Arrays.sort(latencies);
		return new Result(name, clients, bodies.size(), ok, bodies.size() / (elapsed / 1e9),
				percentile(latencies, 0.50), percentile(latencies, 0.99), cpuMillisPerRequest, peakHeap, liveHeap);
	}

	/**
	 * The CPU time this JVM used so far (the service, the broker and the
	 * MongoDB-compatible server when they run in it, and the load's clients).
	 */
	private static long processCpuNanos() {
		return (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os)
				? os.getProcessCpuTime() : 0;
	}

	private int post(URI target, String body) {
		HttpRequest request = HttpRequest.newBuilder(target)
			.header("Content-Type", "application/json")
			.timeout(Duration.ofSeconds(30))
			.POST(BodyPublishers.ofString(body))
			.build();
		try {
			return this.http.send(request, BodyHandlers.discarding()).statusCode();
		}
		catch (java.io.IOException ex) {
			return -1;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return -1;
		}
	}

	private static double percentile(long[] sorted, double fraction) {
		int index = (int) Math.ceil(fraction * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1e6;
	}

	/**
	 * The figures of one run.
	 *
	 * @param name what was measured
	 * @param clients concurrent clients
	 * @param requests requests sent
	 * @param created requests answered 201
	 * @param perSecond requests per second, wall clock
	 * @param p50Millis median latency
	 * @param p99Millis 99th percentile latency
	 * @param cpuMillisPerRequest this JVM's CPU time per request
	 * @param peakHeapMegabytes the most heap this JVM used during the run, garbage
	 * included
	 * @param liveHeapMegabytes the heap still used after a full collection at the run's
	 * end
	 */
	record Result(String name, int clients, int requests, long created, double perSecond, double p50Millis,
			double p99Millis, double cpuMillisPerRequest, long peakHeapMegabytes, long liveHeapMegabytes) {

		String row() {
			return String.format("%-28s %7d %8d %8d %9.1f %9.1f %9.1f %9.2f %9d %9d", this.name, this.clients,
					this.requests, this.created, this.perSecond, this.p50Millis, this.p99Millis,
					this.cpuMillisPerRequest, this.peakHeapMegabytes, this.liveHeapMegabytes);
		}

		static String header() {
			return String.format("%-28s %7s %8s %8s %9s %9s %9s %9s %9s %9s", "scenario", "clients", "requests", "201s",
					"req/s", "p50 ms", "p99 ms", "cpu ms/r", "peak MB", "live MB");
		}

	}

}
