package de.kmuflow.samples.model;

/** How dates are printed: 15.03.2026 or 15. März 2026 (and the English counterparts). */
public enum DateStyle {
	NUMERIC, LONG
}
