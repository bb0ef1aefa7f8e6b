package de.kmuflow;

import java.io.PrintStream;
import java.util.Arrays;

import de.kmuflow.extraction.ExtractCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class KmuFlowApplication {

	public static void main(String[] args) {
		if (args.length > 0 && args[0].equals("extract")) {
			// the command line reads documents only: no web server, no process engine
			PrintStream json = ExtractCommand.reserveStandardOutput();
			System.exit(ExtractCommand.run(Arrays.asList(args).subList(1, args.length), json, System.err));
		}
		SpringApplication.run(KmuFlowApplication.class, args);
	}
}
