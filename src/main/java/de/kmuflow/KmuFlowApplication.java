package de.kmuflow;

import java.io.PrintStream;
import java.util.Arrays;

import de.kmuflow.extraction.ExtractCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

@SpringBootApplication
public class KmuFlowApplication {

	public static void main(String[] args) {
		if (args.length > 0 && args[0].equals("extract")) {
			// the command line reads documents only: no web server, no process engine
			PrintStream json = ExtractCommand.reserveStandardOutput();
			System.exit(ExtractCommand.run(Arrays.asList(args).subList(1, args.length), json, System.err));
		}
		if (args.length > 0 && args[0].equals("migrate-documents")) {
			System.exit(migrateDocuments(Arrays.copyOfRange(args, 1, args.length)));
		}
		SpringApplication.run(KmuFlowApplication.class, args);
	}

	/** Copies the data folder's originals into the database store, checking every hash; 0 when all are there. */
	public static int migrateDocuments(String... settings) {
		return SpringApplication.exit(new SpringApplicationBuilder(KmuFlowApplication.class)
			.web(WebApplicationType.NONE)
			.properties("kmuflow.documents.migrate-from-files=true", "kmuflow.documents.store=database",
					"camunda.bpm.job-execution.enabled=false", "kmuflow.intake.mail.enabled=false")
			.run(settings));
	}
}
