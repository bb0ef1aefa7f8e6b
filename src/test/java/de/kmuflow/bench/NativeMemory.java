package de.kmuflow.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where the JVM's committed memory goes, in one line, from `jcmd PID VM.native_memory summary`. */
final class NativeMemory {

	private static final Pattern TOTAL = Pattern.compile("Total: reserved=\\d+KB, committed=(\\d+)KB");
	private static final Pattern CATEGORY = Pattern.compile("^-\\s+(.+?) \\(reserved=\\d+KB, committed=(\\d+)KB\\)",
			Pattern.MULTILINE);
	private static final int SHOWN = 6;

	private NativeMemory() {
	}

	/** "980 MiB committed; Java Heap 512 MiB, Class 150 MiB, …": the total and the largest categories. */
	static String summary(String nativeMemory) {
		Matcher total = TOTAL.matcher(nativeMemory);
		if (!total.find()) {
			return "not tracked (start with -XX:NativeMemoryTracking=summary)";
		}
		record Category(String name, long kib) {
		}
		List<Category> categories = new ArrayList<>();
		Matcher category = CATEGORY.matcher(nativeMemory);
		while (category.find()) {
			categories.add(new Category(category.group(1).strip(), Long.parseLong(category.group(2))));
		}
		categories.sort(Comparator.comparingLong(Category::kib).reversed());
		List<String> largest = categories.stream().limit(SHOWN).map(c -> c.name() + " " + mib(c.kib())).toList();
		return mib(Long.parseLong(total.group(1))) + " committed; " + String.join(", ", largest);
	}

	private static String mib(long kib) {
		return BenchTable.format(kib / 1024.0, 0) + " MiB";
	}
}
