package de.kmuflow.suppliermemory.internal;

/**
 * How one supplier prints one field: after which label (on the value's line or the line above) or at
 * which place of the page (page, top and left as fractions), in which format; for the supplier's own
 * data and bookkeeping defaults, also the value itself.
 */
record Rule(MemoryField field, Placement placement, String label, String format, int page, double top, double left,
		String value) {

	enum Placement {
		/** The value follows its label on the same line. */
		RIGHT_OF_LABEL,
		/** The value stands on the line under its label. */
		BELOW_LABEL,
		/** No label: the value's place on the page. */
		AT_POSITION,
		/** Not printed: a bookkeeping default, or supplier data not found on the page. */
		NOT_PRINTED
	}

	static Rule notPrinted(MemoryField field, String value) {
		return new Rule(field, Placement.NOT_PRINTED, null, null, 0, 0, 0, value);
	}
}
