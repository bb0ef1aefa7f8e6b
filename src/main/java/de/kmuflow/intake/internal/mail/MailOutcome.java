package de.kmuflow.intake.internal.mail;

/** What came of a mail: invoices were submitted, or nothing in it could be one. */
public enum MailOutcome {
	IMPORTED, REJECTED
}
