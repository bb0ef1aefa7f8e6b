package de.kmuflow.intake.internal.folder;

import java.util.concurrent.atomic.AtomicInteger;

import de.kmuflow.document.DocumentSource;
import de.kmuflow.intake.Intake;
import de.kmuflow.invoice.InvoiceReceipt;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The test-only failure hook: the real intake, which can be told to fail right after its n-th
 * submission, as if the power went off between storing a file and moving it out of the inbox.
 */
class InterruptingIntake implements Intake {

	private final Intake real;
	private final AtomicInteger calls = new AtomicInteger();
	private volatile int failAfter;

	InterruptingIntake(Intake real) {
		this.real = real;
	}

	/** Fails the n-th submission from now on (after it has been stored); 0 switches the failure off. */
	void failAfter(int submissions) {
		calls.set(0);
		failAfter = submissions;
	}

	@Override
	public InvoiceReceipt submit(byte[] content, String fileName, DocumentSource source, String origin, String user)
			throws RefusedDocumentException {
		InvoiceReceipt receipt = real.submit(content, fileName, source, origin, user);
		if (failAfter > 0 && calls.incrementAndGet() == failAfter) {
			failAfter = 0;
			throw new IllegalStateException("power cut after submitting " + fileName);
		}
		return receipt;
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Wiring {

		@Bean
		@Primary
		InterruptingIntake interruptingIntake(@Qualifier("intakeService") Intake real) {
			return new InterruptingIntake(real);
		}
	}
}
