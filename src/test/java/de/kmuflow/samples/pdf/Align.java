package de.kmuflow.samples.pdf;

/** Horizontal alignment of a text relative to its x position. */
public enum Align {
	LEFT, CENTER, RIGHT
}
