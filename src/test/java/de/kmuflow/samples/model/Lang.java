package de.kmuflow.samples.model;

/** Language and national conventions for numbers and dates. */
public enum Lang {
	DE, EN_US, EN_GB;

	public boolean english() {
		return this != DE;
	}
}
