package de.kmuflow.intake.internal.folder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import de.kmuflow.document.DocumentSource;
import de.kmuflow.intake.Intake;
import de.kmuflow.invoice.InvoiceReceipt;
import org.springframework.batch.item.ItemProcessor;
import org.springframework.util.unit.DataSize;

/**
 * Hands one file to intake, exactly as an upload would be: stored first, then its invoice process
 * starts. The bytes are held only for this call. The invoice joins the chunk's transaction, so a
 * run that fails midway leaves no invoice behind for a file still in the inbox; the next run
 * submits that file again and the document store recognises its bytes.
 */
class InboxFileSubmitter implements ItemProcessor<Path, SubmittedFile> {

	static final String USER = "folder-import";

	private final Intake intake;
	private final DataSize maxFileSize;

	InboxFileSubmitter(Intake intake, DataSize maxFileSize) {
		this.intake = intake;
		this.maxFileSize = maxFileSize;
	}

	@Override
	public SubmittedFile process(Path file) throws FileRefusedException {
		String name = file.getFileName().toString();
		byte[] content;
		try {
			// checked before reading: a huge file would cost its size in memory only to be refused
			if (Files.size(file) > maxFileSize.toBytes()) {
				throw new FileRefusedException(file, name + " ist größer als " + maxFileSize.toMegabytes()
						+ " MB (the file is larger than the limit).");
			}
			content = Files.readAllBytes(file);
		}
		catch (NoSuchFileException e) {
			throw new FileRefusedException(file, name + " war beim Einlesen nicht mehr im Eingangsordner"
					+ " (the file disappeared before it was read).");
		}
		catch (IOException e) {
			throw new FileRefusedException(file, name + " kann nicht gelesen werden: " + e.getMessage()
					+ " (the file cannot be read).");
		}
		try {
			InvoiceReceipt receipt = intake.submit(content, name, DocumentSource.FOLDER,
					file.toAbsolutePath().normalize().toString(), USER);
			return new SubmittedFile(file, receipt.id(), receipt.duplicateOf() != null);
		}
		catch (Intake.RefusedDocumentException e) {
			throw new FileRefusedException(file, e.getMessage());
		}
	}
}
