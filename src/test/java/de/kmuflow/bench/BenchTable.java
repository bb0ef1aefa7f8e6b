package de.kmuflow.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Rows of the results table: each measure beside its reference taken in the same run, their ratio and
 * the goal, under a line naming the machine (cores, memory, load at start: the cores are shared, so
 * read the ratios rather than the absolute figures). Written as Markdown and as JSON; medians, as single
 * runs mislead.
 */
final class BenchTable {

	record Row(String section, String measure, String ours, String reference, String ratio, String goal) {
	}

	private final List<Row> rows = new ArrayList<>();
	private final Map<String, Object> machine = new LinkedHashMap<>();

	BenchTable() {
		machine.put("date", LocalDate.now().toString());
		machine.put("cores", Runtime.getRuntime().availableProcessors());
		machine.put("memoryMiB", memoryMiB());
		machine.put("loadAverageAtStart", loadAverage());
		machine.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
	}

	void row(String section, String measure, String ours, String reference, String ratio, String goal) {
		rows.add(new Row(section, measure, ours, reference, ratio, goal));
	}

	/** A measure with its reference: the ratio is ours / reference. */
	void compared(String section, String measure, double ours, double reference, String unit, int decimals,
			String referenceName, String goal) {
		row(section, measure, format(ours, decimals) + " " + unit,
				format(reference, decimals) + " " + unit + " (" + referenceName + ")", format(ours / reference, 2), goal);
	}

	String toMarkdown() {
		StringBuilder markdown = new StringBuilder();
		markdown.append(String.format("Measured %s on %s cores, %s MiB memory, load average at start %s, %s.%n%n",
				machine.get("date"), machine.get("cores"), machine.get("memoryMiB"), machine.get("loadAverageAtStart"),
				machine.get("java")));
		markdown.append("| section | measure | kmu-flow | reference (same run) | ratio | goal |\n|---|---|---|---|---|---|\n");
		for (Row row : rows) {
			markdown.append("| ")
				.append(String.join(" | ", row.section(), row.measure(), row.ours(), row.reference(), row.ratio(), row.goal()))
				.append(" |\n");
		}
		return markdown.toString();
	}

	/** Writes bench.md and bench.json into the folder. */
	void write(Path folder) throws IOException {
		Files.createDirectories(folder);
		Files.writeString(folder.resolve("bench.md"), toMarkdown());
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("machine", machine);
		json.put("rows", rows);
		new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(folder.resolve("bench.json").toFile(), json);
	}

	static double median(double... values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int middle = sorted.length / 2;
		return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
	}

	static String format(double value, int decimals) {
		return String.format(java.util.Locale.ROOT, "%." + decimals + "f", value);
	}

	private static String loadAverage() {
		try {
			return String.join(" ", Arrays.asList(Files.readString(Path.of("/proc/loadavg")).split(" ")).subList(0, 3));
		}
		catch (IOException e) {
			return format(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), 2);
		}
	}

	private static long memoryMiB() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getTotalMemorySize() / (1024 * 1024);
	}
}
