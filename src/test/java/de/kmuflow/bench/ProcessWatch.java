package de.kmuflow.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Resident memory and CPU time of a running process, read from /proc (Linux). */
final class ProcessWatch {

	private ProcessWatch() {
	}

	/** Current resident set in MiB, or -1 when the process has gone. */
	static double residentMiB(long pid) {
		return statusKiB(pid, "VmRSS:") / 1024.0;
	}

	/** Peak resident set so far in MiB, or -1. */
	static double peakResidentMiB(long pid) {
		return statusKiB(pid, "VmHWM:") / 1024.0;
	}

	/** CPU time the process has used so far (user and system, all threads), in seconds; -1 when gone. */
	static double cpuSeconds(long pid) {
		try {
			return cpuSecondsIn(Files.readString(Path.of("/proc", Long.toString(pid), "stat")));
		}
		catch (IOException | RuntimeException e) {
			return -1;
		}
	}

	/**
	 * CPU time the JIT compiler threads of a JVM have used so far (user and system), in seconds; 0 when
	 * they cannot be read. HotSpot names them "C1 CompilerThread0", "C2 CompilerThread1" and so on.
	 */
	static double compilerCpuSeconds(long pid) {
		double seconds = 0;
		try (var tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
			for (Path task : (Iterable<Path>) tasks::iterator) {
				try {
					String stat = Files.readString(task.resolve("stat"));
					String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
					if (name.contains("CompilerThre")) {
						seconds += cpuSecondsIn(stat);
					}
				}
				catch (IOException | RuntimeException e) {
					// the thread ended between listing and reading
				}
			}
		}
		catch (IOException | RuntimeException e) {
			return 0;
		}
		return seconds;
	}

	/** User and system time from a process's or thread's stat line, in seconds. */
	private static double cpuSecondsIn(String stat) {
		// the fields after the command name, which may hold spaces: utime and stime are the 12th and 13th
		String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
		return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
	}

	private static double statusKiB(long pid, String key) {
		try {
			for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
				if (line.startsWith(key)) {
					return Double.parseDouble(line.substring(key.length()).replace("kB", "").strip());
				}
			}
		}
		catch (IOException | NumberFormatException e) {
			// the process has ended between two looks
		}
		return -1024;
	}
}
