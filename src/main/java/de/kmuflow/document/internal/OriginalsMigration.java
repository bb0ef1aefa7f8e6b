package de.kmuflow.document.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar kmu-flow.jar migrate-documents}: copies every original from the data folder into the
 * database store, checking each file against its recorded SHA-256 (and each one already in the database
 * too). Prints what it did; the exit code is 1 when any original is missing or altered.
 */
@Component
@ConditionalOnProperty(name = "kmuflow.documents.migrate-from-files", havingValue = "true")
class OriginalsMigration implements ApplicationRunner, ExitCodeGenerator {

	private static final Logger log = LoggerFactory.getLogger(OriginalsMigration.class);

	private final DocumentRepository documents;
	private final Originals target;
	private final Path files;
	private final List<String> problems = new ArrayList<>();

	OriginalsMigration(DocumentRepository documents, Originals target, @Value("${kmuflow.data-dir}") Path dataDir) {
		this.documents = documents;
		this.target = target;
		this.files = FileOriginals.root(dataDir);
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!(target instanceof DatabaseOriginals database)) {
			problems.add("Ziel ist nicht die Datenbank: kmuflow.documents.store=database setzen (Profil postgres)");
			log.error(problems.get(0));
			return;
		}
		int copied = 0;
		int there = 0;
		for (String sha256 : documents.allHashes()) {
			if (database.contains(sha256)) {
				there++;
				check(sha256, database.read(sha256).orElseThrow(), "in der Datenbank");
				continue;
			}
			var content = FileOriginals.read(files, sha256);
			if (content.isEmpty()) {
				problems.add(sha256 + ": fehlt in " + files);
			}
			else if (check(sha256, content.get(), "in " + files)) {
				database.keep(sha256, content.get());
				copied++;
			}
		}
		log.info("Originale übernommen: {} kopiert, {} schon in der Datenbank, {} Probleme", copied, there,
				problems.size());
		problems.forEach(problem -> log.error("Original nicht übernommen: {}", problem));
	}

	private boolean check(String sha256, byte[] content, String where) {
		if (Originals.sha256(content).equals(sha256)) {
			return true;
		}
		problems.add(sha256 + ": " + where + " verändert (SHA-256 stimmt nicht)");
		return false;
	}

	@Override
	public int getExitCode() {
		return problems.isEmpty() ? 0 : 1;
	}
}
