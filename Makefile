# kmu-flow: `make run` starts the system, `make test` installs what is missing and runs every test.
SHELL := /bin/bash
MVN := ./mvnw -B
JAR := target/kmu-flow.jar
# Debian packages the system needs at run time (OCR) and for its tests
APT_PACKAGES := tesseract-ocr tesseract-ocr-deu tesseract-ocr-eng
# Tesseract's OpenMP threads slow OCR down on few cores; kmu-flow runs pages in parallel instead
export OMP_THREAD_LIMIT := 1

.PHONY: run test deps bench clean samples

run: $(JAR)
	@$(MAKE) --no-print-directory deps OPTIONAL=1
	java -jar $(JAR)

$(JAR): pom.xml $(shell find src/main processes -type f 2>/dev/null)
	$(MVN) -q -DskipTests package

test: deps
	$(MVN) verify

# Installs missing Debian packages when run as root; otherwise names them (and fails unless OPTIONAL=1).
deps:
	@missing=$$(for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ]; then \
	  echo "Installing: $$missing"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; \
	else \
	  echo "Missing Debian packages: $$missing (install with: sudo apt-get install $$missing)"; \
	  [ -n "$(OPTIONAL)" ]; \
	fi

# Regenerates sample-invoices/ (documents, expected values, README) with a fixed seed. The generator is
# test code: Maven compiles it and writes its classpath to a file, then plain java runs it.
samples:
	$(MVN) -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
	java -cp target/test-classes:target/classes:$$(cat target/test-classpath.txt) \
		de.kmuflow.samples.SampleInvoiceGenerator sample-invoices

clean:
	$(MVN) -q clean
