package de.kmuflow.intake.internal.folder;

import java.nio.file.Path;
import java.util.UUID;

/** A file handed to intake: the invoice it became, or the earlier invoice it duplicates. */
record SubmittedFile(Path file, UUID invoiceId, boolean duplicate) {
}
