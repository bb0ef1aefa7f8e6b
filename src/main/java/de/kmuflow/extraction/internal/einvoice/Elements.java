package de.kmuflow.extraction.internal.einvoice;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Walks an e-invoice by local element names. UBL and CII documents use many prefixes for the same
 * namespaces, and walking children is far faster than evaluating XPath for each field.
 */
final class Elements {

	private Elements() {
	}

	/** The first element reached by following the local names from {@code from}, or null. */
	static Element first(Element from, String... path) {
		Element current = from;
		for (String name : path) {
			if (current == null) {
				return null;
			}
			current = child(current, name);
		}
		return current;
	}

	/** Every element at the end of the path (all matches at each step). */
	static List<Element> all(Element from, String... path) {
		List<Element> current = from == null ? List.of() : List.of(from);
		for (String name : path) {
			List<Element> next = new ArrayList<>();
			for (Element element : current) {
				next.addAll(children(element, name));
			}
			current = next;
		}
		return current;
	}

	static String text(Element from, String... path) {
		return textOf(first(from, path));
	}

	static String textOf(Element element) {
		if (element == null) {
			return null;
		}
		String text = element.getTextContent().strip();
		return text.isEmpty() ? null : text;
	}

	static Element child(Element parent, String localName) {
		for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element element && matches(element.getLocalName(), localName)) {
				return element;
			}
		}
		return null;
	}

	static List<Element> children(Element parent, String localName) {
		List<Element> result = new ArrayList<>();
		for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element element && matches(element.getLocalName(), localName)) {
				result.add(element);
			}
		}
		return result;
	}

	/** {@code pattern} is a local name or alternatives separated by '|' (syntax versions name things differently). */
	static boolean matches(String localName, String pattern) {
		if (localName == null) {
			return false;
		}
		int start = 0;
		while (start <= pattern.length()) {
			int end = pattern.indexOf('|', start);
			if (end < 0) {
				end = pattern.length();
			}
			if (end - start == localName.length() && pattern.startsWith(localName, start)) {
				return true;
			}
			start = end + 1;
		}
		return false;
	}

	static Element firstMatching(List<Element> elements, Predicate<Element> condition) {
		return elements.stream().filter(condition).findFirst().orElse(null);
	}
}
