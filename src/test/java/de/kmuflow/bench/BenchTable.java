package de.kmuflow.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Rows of a Markdown results table, and medians: the machine is shared, so single runs mislead. */
final class BenchTable {

	private final List<String> rows = new ArrayList<>();

	void row(String measure, String ours, String reference, String ratio, String goal) {
		rows.add("| " + String.join(" | ", measure, ours, reference, ratio, goal) + " |");
	}

	String toMarkdown() {
		return "| measure | kmu-flow | reference | ratio | goal |\n|---|---|---|---|---|\n" + String.join("\n", rows) + "\n";
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
}
