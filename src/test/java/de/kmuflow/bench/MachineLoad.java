package de.kmuflow.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * Timings on a machine whose cores are shared with other work. /proc/stat counts the work of every
 * process on the machine, also in other containers; whatever it counts beyond this JVM and its
 * children is interference, and a measurement that saw some is taken again once the machine is
 * quiet.
 */
public final class MachineLoad {

	/** Linux reports CPU time in ticks of 1/100 s (USER_HZ). */
	private static final double TICKS_PER_SECOND = 100;
	/** Below this many cores busy with other work, on average, a measurement counts as undisturbed. */
	private static final double MAX_INTERFERENCE_CORES = 0.1;
	private static final int ATTEMPTS = 3;

	private MachineLoad() {
	}

	/** Work to time; returns the CPU seconds of child processes it ran (this JVM's are counted anyway). */
	@FunctionalInterface
	public interface Work {

		double run() throws Exception;
	}

	/**
	 * Wall and CPU seconds of the work and the cores other work kept busy meanwhile. Waits for a
	 * quiet machine first (up to quietWait) and repeats disturbed runs, a few times at most.
	 */
	public record Timing(double wall, double cpu, double interference) {

		public boolean disturbed() {
			return interference > MAX_INTERFERENCE_CORES;
		}
	}

	public static Timing measure(Work work, Duration quietWait) throws Exception {
		Timing timing = null;
		for (int attempt = 0; attempt < ATTEMPTS && (timing == null || timing.disturbed()); attempt++) {
			waitUntilQuiet(quietWait);
			long[] ticksBefore = cpuTicks();
			double cpuBefore = processCpuSeconds();
			long start = System.nanoTime();
			double childCpu = work.run();
			double wall = (System.nanoTime() - start) / 1e9;
			double cpu = processCpuSeconds() - cpuBefore + childCpu;
			long[] ticksAfter = cpuTicks();
			double machineBusy = ((ticksAfter[0] - ticksAfter[1]) - (ticksBefore[0] - ticksBefore[1])) / TICKS_PER_SECOND;
			timing = new Timing(wall, cpu, Math.max(0, machineBusy - cpu) / wall);
			if (timing.disturbed()) {
				System.err.printf("disturbed by %.2f cores of other work, measuring again%n", timing.interference());
			}
		}
		return timing;
	}

	/** Share of all cores busy during the given time, 0..1. */
	public static double busyShare(Duration during) throws IOException, InterruptedException {
		long[] before = cpuTicks();
		Thread.sleep(during.toMillis());
		long[] after = cpuTicks();
		double total = after[0] - before[0];
		return total == 0 ? 0 : 1 - (after[1] - before[1]) / total;
	}

	/** Waits until less than a tenth of the cores is busy, or the wait is over; returns the share busy. */
	public static double waitUntilQuiet(Duration longest) throws IOException, InterruptedException {
		Instant end = Instant.now().plus(longest);
		double busy = busyShare(Duration.ofSeconds(1));
		while (busy > 0.1 && Instant.now().isBefore(end)) {
			Thread.sleep(3000);
			busy = busyShare(Duration.ofSeconds(1));
		}
		return busy;
	}

	/** CPU seconds all cores of the machine have been busy since boot (every process). */
	public static double machineBusySeconds() throws IOException {
		long[] ticks = cpuTicks();
		return (ticks[0] - ticks[1]) / TICKS_PER_SECOND;
	}

	/** CPU time of this JVM so far (all threads: workers, decoding, JIT and GC), in seconds. */
	public static double processCpuSeconds() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime() / 1e9;
	}

	/** Total and idle (idle + iowait) ticks over all cores. */
	private static long[] cpuTicks() throws IOException {
		String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
		long total = 0;
		for (int i = 1; i < fields.length && i <= 8; i++) {
			total += Long.parseLong(fields[i]);
		}
		return new long[] { total, Long.parseLong(fields[4]) + Long.parseLong(fields[5]) };
	}
}
