package de.kmuflow.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import de.kmuflow.extraction.ReadingFinding;
import de.kmuflow.extraction.internal.einvoice.EInvoiceValidator;
import de.kmuflow.extraction.internal.einvoice.MustangReference;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * Time to validate one e-invoice (XSD and schematron), after warm-up: with the rule sets compiled once
 * and shared, against Mustang's validation as kmu-flow called it before (the reference). The documents
 * are typical XRechnungen of sample-invoices/, one UBL and one CII.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ValidationBenchmark {

	static final String UBL = "sample-invoices/xrechnung-ubl-elektro-kessler-stadt-talbrueck.xml";
	static final String CII = "sample-invoices/xrechnung-cii-nordlicht-it-stadt-talbrueck.xml";

	@Param({ UBL, CII })
	public String document;

	private byte[] xml;
	private final EInvoiceValidator validator = new EInvoiceValidator();

	@Setup
	public void readAndCompile() throws IOException {
		xml = Files.readAllBytes(Path.of(document));
		validator.prepare();
	}

	@Benchmark
	public List<ReadingFinding> compiledOnce() {
		return validator.validate(xml);
	}

	/** Two threads share the compiled rules: per document as fast as one thread, if two cores are free. */
	@Benchmark
	@Threads(2)
	public List<ReadingFinding> compiledOnceTwoThreads() {
		return validator.validate(xml);
	}

	@Benchmark
	public List<String> mustang() {
		return MustangReference.findings(xml);
	}
}
