package de.kmuflow.invoice.internal;

import java.util.Date;

/** What the process needs to route an invoice, and nothing more. */
record Routing(boolean needsReview, double amount, String category, Date escalationDate, boolean autoApproved) {
}
