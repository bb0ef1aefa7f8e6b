package de.kmuflow.invoice.rules;

/** How much a finding matters: an error sends the invoice to review, the others only inform the clerk. */
public enum Severity {
	ERROR, WARNING, INFO
}
