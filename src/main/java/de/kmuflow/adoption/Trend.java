package de.kmuflow.adoption;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The six KMU trends 2026 with the source article's table (priority, investment, duration), the
 * values seeded at the first start. The constant names are what a process model's
 * {@code <camunda:property name="trend" value="…"/>} says; German names are understood as well,
 * so a process owner may write {@code KI_INTEGRATION} or {@code Hyperautomatisierung}.
 */
public enum Trend {

	CYBERSECURITY("Cybersicherheit", "sehr hoch", "mittel", "sofort – laufend"),
	AI_INTEGRATION("KI-Integration", "hoch", "mittel – hoch", "3–12 Monate"),
	DATA_LITERACY("Datenkompetenz", "hoch", "niedrig – mittel", "6–18 Monate"),
	HYPERAUTOMATION("Hyperautomatisierung", "mittel", "mittel – hoch", "6–24 Monate"),
	SOCIAL_COMMERCE("Social Commerce", "mittel", "niedrig – mittel", "3–9 Monate"),
	SUSTAINABILITY("Nachhaltigkeit", "mittel – hoch", "variabel", "laufend");

	private final String germanName;
	private final String priority;
	private final String investment;
	private final String duration;

	Trend(String germanName, String priority, String investment, String duration) {
		this.germanName = germanName;
		this.priority = priority;
		this.investment = investment;
		this.duration = duration;
	}

	public String germanName() {
		return germanName;
	}

	public String priority() {
		return priority;
	}

	public String investment() {
		return investment;
	}

	public String duration() {
		return duration;
	}

	/**
	 * The trend a model's property or a manager's line names: the constant, the German name or a
	 * short German id ({@code KI_INTEGRATION}), in any case, with spaces, hyphens or umlauts.
	 */
	public static Optional<Trend> parse(String value) {
		if (value == null || value.isBlank()) {
			return Optional.empty();
		}
		String wanted = normalise(value);
		return Arrays.stream(values())
			.filter(trend -> trend.name().equals(wanted) || normalise(trend.germanName).equals(wanted)
					|| trend.germanIds().contains(wanted))
			.findFirst();
	}

	private Set<String> germanIds() {
		return switch (this) {
			case CYBERSECURITY -> Set.of("CYBERSICHERHEIT", "IT_SICHERHEIT");
			case AI_INTEGRATION -> Set.of("KI_INTEGRATION", "KI", "AI");
			case DATA_LITERACY -> Set.of("DATENKOMPETENZ");
			case HYPERAUTOMATION -> Set.of("HYPERAUTOMATISIERUNG");
			case SOCIAL_COMMERCE -> Set.of();
			case SUSTAINABILITY -> Set.of("NACHHALTIGKEIT");
		};
	}

	private static String normalise(String value) {
		String upper = value.strip().toUpperCase(Locale.ROOT).replace("Ä", "AE").replace("Ö", "OE").replace("Ü", "UE")
			.replace("ß", "SS");
		String plain = Normalizer.normalize(upper, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return plain.replaceAll("[^A-Z0-9]+", "_").replaceAll("^_|_$", "");
	}
}
