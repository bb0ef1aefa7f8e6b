package de.kmuflow.platform;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

/**
 * What kmu-flow's code needs from the model of one of its processes: the element ids and message
 * names it refers to, and the keys of the DMN decisions the process evaluates. A module registers
 * one per process it runs (as a static bean, so the engine can check its first deployment before
 * the module's other beans exist); a process model that lacks any of them, or a decision table that
 * replaces the one holding such a decision without it, is refused at deployment.
 */
public record ProcessContract(String processKey, Set<String> elementIds, Set<String> messageNames,
		Set<String> decisionKeys) {

	public ProcessContract {
		elementIds = Set.copyOf(elementIds);
		messageNames = Set.copyOf(messageNames);
		decisionKeys = Set.copyOf(decisionKeys);
	}

	public ProcessContract(String processKey, Set<String> elementIds, Set<String> messageNames) {
		this(processKey, elementIds, messageNames, Set.of());
	}

	/** The values of the public string constants of the given classes ({@code Elements}, {@code Messages}). */
	public static Set<String> constantsOf(Class<?>... holders) {
		Set<String> values = new TreeSet<>();
		for (Class<?> holder : holders) {
			Arrays.stream(holder.getFields())
				.filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == String.class)
				.map(ProcessContract::value)
				.forEach(values::add);
		}
		return values;
	}

	private static String value(Field field) {
		try {
			return (String) field.get(null);
		}
		catch (IllegalAccessException e) {
			throw new IllegalStateException(e);
		}
	}
}
