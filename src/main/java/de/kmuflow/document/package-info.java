/**
 * Stored originals of every document that enters: immutable, addressed by SHA-256, never deleted (GoBD).
 */
package de.kmuflow.document;
