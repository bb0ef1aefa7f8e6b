package de.kmuflow.inventory.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.SkipListener;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.StepExecutionListener;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.item.ItemProcessor;
import org.springframework.batch.item.ItemWriter;
import org.springframework.batch.item.file.FlatFileItemReader;
import org.springframework.batch.item.file.FlatFileParseException;
import org.springframework.batch.item.file.builder.FlatFileItemReaderBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.FileSystemResource;
import org.springframework.transaction.PlatformTransactionManager;

import de.kmuflow.inventory.MovementType;

/**
 * The Spring Batch job {@code stockLevelImport}: a shop's or ERP's stock CSV ({@code SKU;on hand;reorder
 * point}) becomes correction movements, so on-hand matches the count and the reorder trigger fires.
 * Chunks commit together or not at all; a restart continues after the last committed chunk, and
 * setting an absolute count twice books nothing the second time. Bad rows are skipped with their reason.
 */
@Configuration(proxyBeanMethods = false)
class StockLevelImport {

	static final String JOB = "stockLevelImport";
	static final String FILE = "file";
	static final String USER = "user";
	static final String SKIPPED = "skippedRows";

	@Bean
	Job stockLevelImportJob(JobRepository jobs, PlatformTransactionManager transactions,
			FlatFileItemReader<StockLevelRow> stockLevelReader, StockLevelWriter writer) {
		SkipReport report = new SkipReport();
		return new JobBuilder(JOB, jobs)
			.start(new StepBuilder("applyStockLevels", jobs).<StockLevelRow, StockLevelRow>chunk(50, transactions)
				.reader(stockLevelReader)
				.processor(validRows())
				.writer(writer)
				.faultTolerant()
				.skip(InvalidRowException.class)
				.skip(FlatFileParseException.class)
				.skipLimit(10_000)
				.listener((SkipListener<StockLevelRow, StockLevelRow>) report)
				.listener((StepExecutionListener) report)
				.build())
			.build();
	}

	@Bean
	@StepScope
	FlatFileItemReader<StockLevelRow> stockLevelReader(@Value("#{jobParameters['file']}") String file) {
		return new FlatFileItemReaderBuilder<StockLevelRow>().name("stockLevelReader")
			.resource(new FileSystemResource(Path.of(file)))
			.encoding("UTF-8")
			.linesToSkip(1)
			.lineMapper((line, number) -> parse(line, number))
			.build();
	}

	/** "SKU;on hand[;reorder point]", also with commas as separators and German decimal commas. */
	static StockLevelRow parse(String line, int number) {
		String separator = line.contains(";") ? ";" : ",";
		String[] fields = line.split(separator, -1);
		if (fields.length < 2 || fields.length > 3) {
			throw new FlatFileParseException("Zeile " + number + ": erwartet 'Artikelnummer;Bestand;Meldebestand'", line,
					number);
		}
		try {
			BigDecimal onHand = number(fields[1]);
			BigDecimal reorderPoint = fields.length == 3 && !fields[2].isBlank() ? number(fields[2]) : null;
			return new StockLevelRow(number, fields[0].strip(), onHand, reorderPoint);
		}
		catch (NumberFormatException e) {
			throw new FlatFileParseException("Zeile " + number + ": Zahl nicht lesbar", line, number);
		}
	}

	private static BigDecimal number(String text) {
		String value = text.strip().replace("\"", "");
		return new BigDecimal(value.contains(",") ? value.replace(".", "").replace(',', '.') : value);
	}

	static ItemProcessor<StockLevelRow, StockLevelRow> validRows() {
		return row -> {
			if (row.sku().isEmpty()) {
				throw new InvalidRowException(row.line(), "Artikelnummer fehlt");
			}
			if (row.onHand() == null || row.onHand().signum() < 0) {
				throw new InvalidRowException(row.line(), "Bestand fehlt oder ist negativ");
			}
			if (row.reorderPoint() != null && row.reorderPoint().signum() < 0) {
				throw new InvalidRowException(row.line(), "Meldebestand ist negativ");
			}
			return row;
		};
	}

	/** A row that cannot be applied, with the reason shown in the import's report. */
	static final class InvalidRowException extends RuntimeException {

		InvalidRowException(long line, String reason) {
			super("Zeile " + line + ": " + reason);
		}
	}

	/** Books the difference to the counted stock as a correction (nothing when they agree). */
	@org.springframework.stereotype.Component
	@StepScope
	static class StockLevelWriter implements ItemWriter<StockLevelRow> {

		private final InventoryService inventory;
		private final ItemRepository items;
		private final String file;
		private final String user;

		StockLevelWriter(InventoryService inventory, ItemRepository items,
				@Value("#{jobParameters['file']}") String file, @Value("#{jobParameters['user']}") String user) {
			this.inventory = inventory;
			this.items = items;
			this.file = Path.of(file).getFileName().toString();
			this.user = user == null ? "stock-import" : user;
		}

		@Override
		public void write(org.springframework.batch.item.Chunk<? extends StockLevelRow> rows) {
			for (StockLevelRow row : rows) {
				ItemEntity item = items.findById(row.sku())
					.orElseThrow(() -> new InvalidRowException(row.line(), "Artikel " + row.sku() + " ist unbekannt"));
				if (row.reorderPoint() != null) {
					try {
						inventory.changeReorderPoint(item, row.reorderPoint(), user);
					}
					catch (InventoryService.MasterDataRefusedException e) {
						throw new InvalidRowException(row.line(), "den Meldebestand ändert nur der Einkauf"
								+ " (Zeile nicht gebucht; ohne Meldebestand erneut importieren)");
					}
				}
				BigDecimal difference = row.onHand().subtract(item.onHand);
				if (difference.signum() != 0) {
					inventory.book(row.sku(), difference, MovementType.CORRECTION, "Bestandsabgleich aus " + file, user);
				}
			}
		}
	}

	/** Collects why rows were skipped, for the caller's report. */
	static final class SkipReport implements SkipListener<StockLevelRow, StockLevelRow>, StepExecutionListener {

		// a skipped write makes the step re-read its chunk item by item: each reason once
		private final Set<String> reasons = Collections.synchronizedSet(new LinkedHashSet<>());

		@Override
		public void beforeStep(StepExecution stepExecution) {
			reasons.clear();
		}

		@Override
		public void onSkipInRead(Throwable t) {
			// the reader wraps the line mapper's own explanation
			reasons.add(t.getCause() instanceof FlatFileParseException own ? own.getMessage() : t.getMessage());
		}

		@Override
		public void onSkipInProcess(StockLevelRow row, Throwable t) {
			reasons.add(t.getMessage());
		}

		@Override
		public void onSkipInWrite(StockLevelRow row, Throwable t) {
			reasons.add(t.getMessage());
		}

		@Override
		public ExitStatus afterStep(StepExecution stepExecution) {
			stepExecution.getJobExecution().getExecutionContext().put(SKIPPED, new ArrayList<>(reasons));
			return stepExecution.getExitStatus();
		}
	}

	static Path copyToWorkFolder(byte[] csv, Path dataDir) throws IOException {
		Path folder = Files.createDirectories(dataDir.resolve("imports").resolve("stock"));
		return Files.write(Files.createTempFile(folder, "stock-", ".csv"), csv);
	}
}
