package de.kmuflow.document;

/** The channel a document came in by. */
public enum DocumentSource {
	UPLOAD, API, FOLDER, MAIL
}
