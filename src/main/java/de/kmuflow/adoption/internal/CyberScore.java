package de.kmuflow.adoption.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import de.kmuflow.adoption.internal.CyberCatalogue.Requirement;

/**
 * Scores the answers of a cyber self-check (kmu-flow's own rule, in the spirit of DIN SPEC 27076):
 * <pre>
 *   score  = round(100 × weight of the requirements met / weight of all)   top requirement 3, others 1
 *   GREEN  = score ≥ 90 and every top requirement met
 *   YELLOW = score ≥ 70 and at most one top requirement open
 *   RED    = otherwise
 * </pre>
 * "Unclear" counts as not met: what nobody knows is not protected. A top requirement left open
 * thus costs three times the points and caps the status, so it drops the status further than an
 * ordinary one.
 */
final class CyberScore {

	/** An answer in the questionnaire. */
	enum Answer {
		YES("ja"), NO("nein"), UNCLEAR("unklar");

		final String word;

		Answer(String word) {
			this.word = word;
		}

		/** The German word, as the report page and the CSV show it (public: the page's expressions read it). */
		public String word() {
			return word;
		}

		static Optional<Answer> parse(Object value) {
			if (value == null) {
				return Optional.empty();
			}
			String word = value.toString().strip().toLowerCase(Locale.ROOT);
			for (Answer answer : values()) {
				if (answer.word.equals(word) || answer.name().equalsIgnoreCase(word)) {
					return Optional.of(answer);
				}
			}
			return Optional.empty();
		}
	}

	/** The traffic light. */
	enum Status {
		GREEN("grün", "geringes Risiko"), YELLOW("gelb", "erhöhtes Risiko"), RED("rot", "hohes Risiko");

		final String colour;
		final String meaning;

		Status(String colour, String meaning) {
			this.colour = colour;
			this.meaning = meaning;
		}

		public String colour() {
			return colour;
		}

		public String meaning() {
			return meaning;
		}
	}

	/** What a check found: score, status and the open requirements, most important first. */
	record Result(int score, Status status, int openTop, List<Open> open) {
	}

	record Open(Requirement requirement, Answer answer) {
	}

	private CyberScore() {
	}

	/** Scores answers by requirement id; every requirement of the catalogue must be answered. */
	static Result of(Map<String, Answer> answers) {
		int metWeight = 0;
		List<Open> open = new java.util.ArrayList<>();
		for (Requirement requirement : CyberCatalogue.REQUIREMENTS) {
			Answer answer = answers.get(requirement.id());
			if (answer == null) {
				throw new IllegalArgumentException("Anforderung " + requirement.id() + " („" + requirement.title()
						+ "“) ist nicht beantwortet");
			}
			if (answer == Answer.YES) {
				metWeight += requirement.weight();
			}
			else {
				open.add(new Open(requirement, answer));
			}
		}
		// most important first: top requirements, then the standard's topic order, then the catalogue's
		open.sort(Comparator.comparing((Open item) -> !item.requirement().top())
			.thenComparing(item -> item.requirement().topic())
			.thenComparing(item -> CyberCatalogue.REQUIREMENTS.indexOf(item.requirement())));
		int score = (int) Math.round(100.0 * metWeight / CyberCatalogue.totalWeight());
		int openTop = (int) open.stream().filter(item -> item.requirement().top()).count();
		Status status = openTop == 0 && score >= 90 ? Status.GREEN
				: openTop <= 1 && score >= 70 ? Status.YELLOW : Status.RED;
		return new Result(score, status, openTop, List.copyOf(open));
	}
}
