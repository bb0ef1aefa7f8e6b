package de.kmuflow.extraction;

/**
 * How much a remark on an invoice matters, the reader's and the rules' alike: errors and warnings
 * send the invoice to a clerk, an INFO only informs. {@link #german()} is the word a clerk reads.
 */
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
