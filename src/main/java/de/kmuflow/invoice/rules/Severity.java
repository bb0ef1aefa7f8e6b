package de.kmuflow.invoice.rules;

/** How much a finding matters: errors and warnings send the invoice to review, an INFO only informs the clerk. */
public enum Severity {
	ERROR("Fehler"), WARNING("Warnung"), INFO("Hinweis");

	private final String german;

	Severity(String german) {
		this.german = german;
	}

	public String german() {
		return german;
	}
}
