package de.kmuflow.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where the live heap goes, in one line, from `jcmd PID GC.class_histogram`. */
final class HeapHistogram {

	private static final Pattern ENTRY = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)", Pattern.MULTILINE);
	private static final Pattern TOTAL = Pattern.compile("^Total\\s+(\\d+)\\s+(\\d+)", Pattern.MULTILINE);
	private static final int SHOWN = 5;

	private HeapHistogram() {
	}

	/** "180 MiB live; byte[] 60 MiB, String 20 MiB, …": the total and the largest classes. */
	static String summary(String histogram) {
		Matcher total = TOTAL.matcher(histogram);
		if (!total.find()) {
			return "no histogram (" + histogram.lines().findFirst().orElse("jcmd gave nothing") + ")";
		}
		List<String> largest = new ArrayList<>();
		Matcher entry = ENTRY.matcher(histogram);
		while (largest.size() < SHOWN && entry.find()) {
			largest.add(readable(entry.group(3)) + " " + mib(entry.group(2)));
		}
		return mib(total.group(2)) + " live; " + String.join(", ", largest);
	}

	private static String mib(String bytes) {
		return BenchTable.format(Long.parseLong(bytes) / (1024.0 * 1024.0), 0) + " MiB";
	}

	private static String readable(String jvmName) {
		return switch (jvmName) {
			case "[B" -> "byte[]";
			case "[C" -> "char[]";
			case "[I" -> "int[]";
			case "[J" -> "long[]";
			case "[Ljava.lang.Object;" -> "Object[]";
			default -> jvmName.replaceFirst("^\\[L(.*);$", "$1[]").replaceFirst("^java\\.lang\\.", "");
		};
	}
}
