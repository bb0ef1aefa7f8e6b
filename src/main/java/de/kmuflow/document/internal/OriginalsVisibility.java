package de.kmuflow.document.internal;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Before a node serves anyone: it must be able to read the originals the database knows of. A node
 * with its own data folder next to others on one database, or a database store that still lacks the
 * files' originals, refuses to start and says what to do.
 */
@Component
class OriginalsVisibility implements SmartInitializingSingleton {

	private final DocumentRepository documents;
	private final Originals originals;
	private final boolean migrating;

	OriginalsVisibility(DocumentRepository documents, Originals originals,
			@Value("${kmuflow.documents.migrate-from-files:false}") boolean migrating) {
		this.documents = documents;
		this.originals = originals;
		this.migrating = migrating;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (migrating) {
			return;
		}
		if (originals instanceof DatabaseOriginals database) {
			long missing = database.missing();
			if (missing > 0) {
				throw new IllegalStateException("kmu-flow startet nicht: " + missing + " Originale liegen noch nicht in"
						+ " der Datenbank. Einmal übernehmen (prüft jede SHA-256): java -jar kmu-flow.jar migrate-documents"
						+ " mit denselben Einstellungen (" + missing + " originals are not in the database store yet).");
			}
			return;
		}
		var latest = documents.latestHashes();
		long missing = latest.stream().filter(sha256 -> originals.read(sha256).isEmpty()).count();
		if (missing > 0) {
			throw new IllegalStateException("kmu-flow startet nicht: " + missing + " der " + latest.size()
					+ " neuesten Originale fehlen in " + originals.where() + ". Dieser Knoten sieht die Dokumente der"
					+ " anderen Knoten nicht: für mehrere Knoten auf einer Datenbank kmuflow.documents.store=database"
					+ " setzen (Profil postgres) oder KMUFLOW_DATA_DIR auf die richtige Ablage zeigen lassen"
					+ " (this node cannot read the other nodes' originals).");
		}
	}
}
