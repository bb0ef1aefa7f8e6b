package de.kmuflow.inventory;

/** Why stock changed: goods came in, goods went out, or the count was corrected. */
public enum MovementType {
	RECEIPT, ISSUE, CORRECTION
}
