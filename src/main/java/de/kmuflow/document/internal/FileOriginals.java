package de.kmuflow.document.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Originals as files under {@code <data>/documents/ab/cd/<sha256>}: written whole, moved into place, made
 * read-only. Only the node that wrote a file can read it, unless all nodes share the folder.
 */
@Component
@ConditionalOnProperty(name = "kmuflow.documents.store", havingValue = "file", matchIfMissing = true)
class FileOriginals implements Originals {

	private final Path root;

	FileOriginals(@Value("${kmuflow.data-dir}") Path dataDir) {
		this.root = root(dataDir);
	}

	static Path root(Path dataDir) {
		return dataDir.resolve("documents");
	}

	@Override
	public void keep(String sha256, byte[] content) {
		Path target = pathOf(root, sha256);
		try {
			if (Files.exists(target)) {
				return;
			}
			Files.createDirectories(target.getParent());
			Path temporary = Files.createTempFile(target.getParent(), sha256, ".part");
			Files.write(temporary, content);
			try {
				Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (AtomicMoveNotSupportedException e) {
				Files.move(temporary, target);
			}
			target.toFile().setReadOnly();
		}
		catch (FileAlreadyExistsException e) {
			// another request stored the same bytes at the same moment
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot store document in " + root, e);
		}
	}

	@Override
	public Optional<byte[]> read(String sha256) {
		return read(root, sha256);
	}

	static Optional<byte[]> read(Path root, String sha256) {
		try {
			return Optional.of(Files.readAllBytes(pathOf(root, sha256)));
		}
		catch (NoSuchFileException e) {
			return Optional.empty();
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read original " + sha256 + " from " + root, e);
		}
	}

	@Override
	public String where() {
		return root.toAbsolutePath().toString();
	}

	private static Path pathOf(Path root, String sha256) {
		return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
	}
}
