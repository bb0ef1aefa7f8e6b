package de.kmuflow.document.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Where the originals' bytes are kept, addressed by their SHA-256: the data folder (one node) or the
 * database (several nodes on one database), chosen by {@code kmuflow.documents.store}.
 */
interface Originals {

	/** Keeps the bytes unless they are kept already; joins the caller's transaction. */
	void keep(String sha256, byte[] content);

	/** The bytes as kept, unchecked; empty when this store does not have them. */
	Optional<byte[]> read(String sha256);

	/** For messages: where this store keeps the originals. */
	String where();

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
