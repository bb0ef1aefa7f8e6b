# kmu-flow: `make run` starts the system, `make test` installs what is missing and runs every test.
SHELL := /bin/bash
MVN := ./mvnw -B
JAR := target/kmu-flow.jar
# Debian packages the system needs at run time (OCR); the tests need a browser and PostgreSQL besides
RUN_PACKAGES := tesseract-ocr tesseract-ocr-deu tesseract-ocr-eng tesseract-ocr-osd
# the fonts print the receipt set (make receipts)
TEST_PACKAGES := $(RUN_PACKAGES) chromium chromium-driver postgresql fonts-liberation fonts-freefont-ttf fonts-inconsolata
APT_PACKAGES := $(TEST_PACKAGES)
# Tesseract's OpenMP threads slow OCR down on few cores; kmu-flow runs pages in parallel instead
export OMP_THREAD_LIMIT := 1

# An explicit heap: the JVM would take a quarter of the machine's memory. About 180 MiB of it is live
# under load; 384 MiB keeps the resident memory under 1 GiB under a sustained load and an OCR batch,
# where 512 MiB went over it once the compiled code had grown (README, Performance); override with
# `make run JAVA_OPTS=...`.
JAVA_OPTS ?= -Xmx384m
# Sections of `make bench`, e.g. BENCH=validation; empty runs them all (README, Performance)
BENCH ?=

# `make run` starts the jar unpacked (the application jar and lib/) with a class data sharing archive made by
# one training start after each build: the JVM then maps the classes of Spring, Camunda and Hibernate
# from the archive instead of reading and verifying them again (README, Performance). A stale or
# missing archive only costs speed: the JVM then loads the classes as usual.
APP_DIR := target/app
APP_JAR := $(APP_DIR)/kmu-flow.jar
CDS_ARCHIVE := $(APP_DIR)/kmu-flow.jsa
RUN_JAVA_OPTS = $(JAVA_OPTS) -XX:SharedArchiveFile=$(CDS_ARCHIVE) -Xlog:cds=off

CLASSPATH_FILE := target/classpath.txt
RUN_TEST_CLASS = java -cp target/test-classes:target/classes:$$(cat $(CLASSPATH_FILE))

.PHONY: run test deps accuracy bench clean samples receipts

run: $(CDS_ARCHIVE)
	@$(MAKE) --no-print-directory deps OPTIONAL=1 APT_PACKAGES="$(RUN_PACKAGES)"
	java $(RUN_JAVA_OPTS) -jar $(APP_JAR)

$(JAR): pom.xml $(shell find src/main processes -type f 2>/dev/null)
	$(MVN) -q -DskipTests package

# The training start runs on a throw-away H2 database until the application context is refreshed
# (engine, deployment, JPA, web server set up, nothing served) and lists the classes it loaded; the
# archive is then dumped from that list without the lambdas' generated classes: with those, OpenJDK
# 17.0.15 crashes while it writes the archive (so does a dynamic one, -XX:ArchiveClassesAtExit).
$(CDS_ARCHIVE): $(JAR)
	rm -rf $(APP_DIR)
	java -Djarmode=tools -jar $(JAR) extract --destination $(APP_DIR)
	@echo "Class data sharing archive: one training start and the dump (about a minute, once per build)"
	@training=$$(mktemp -d); \
	java $(JAVA_OPTS) -XX:DumpLoadedClassList=$(APP_DIR)/classes.lst -Dspring.context.exit=onRefresh \
	  -jar $(APP_JAR) --kmuflow.data-dir=$$training > $(APP_DIR)/training.log 2>&1 \
	  && sed -i '/^@lambda-proxy /d' $(APP_DIR)/classes.lst \
	  && java $(JAVA_OPTS) -Xshare:dump -XX:ErrorFile=$(APP_DIR)/hs_err_pid%p.log -XX:SharedClassListFile=$(APP_DIR)/classes.lst \
	    -XX:SharedArchiveFile=$(CDS_ARCHIVE) -cp $(APP_JAR) >> $(APP_DIR)/training.log 2>&1 \
	  || echo "No class data sharing archive (see $(APP_DIR)/training.log): the application starts without it"; \
	rm -rf $$training

test: deps
	$(MVN) verify

$(CLASSPATH_FILE): pom.xml
	$(MVN) -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=$(CLASSPATH_FILE)

# Agreement of extracted values with the expected ones, per set, kind of document and field.
# ONLY=real-pdf/text_pdf restricts the run to sets or set/kind prefixes, HALF=tune to one half of
# real-pdf, MISMATCHES=true lists each disagreeing value.
accuracy: $(CLASSPATH_FILE)
	$(MVN) -q test-compile
	$(RUN_TEST_CLASS) -Daccuracy.only=$(ONLY) -Daccuracy.half=$(HALF) -Daccuracy.mismatches=$(MISMATCHES) \
		de.kmuflow.extraction.accuracy.AccuracyReport target/accuracy.md

# Speed and memory against references measured in the same run: one table in target/bench/bench.md and
# bench.json. Not a test: it fails nothing. Sections: validation extraction e2e memory start folder ocr
# The JVMs it starts track their native memory, so the table can say where the resident memory goes.
bench: $(JAR) $(CDS_ARCHIVE) $(CLASSPATH_FILE)
	$(MVN) -q test-compile
	@if [ -z "$(BENCH)" ] || [ -n "$(filter-out ocr,$(BENCH))" ]; then \
	  $(RUN_TEST_CLASS) -Dbench.javaOpts="$(JAVA_OPTS)" -Dbench.runOpts="$(RUN_JAVA_OPTS) -XX:NativeMemoryTracking=summary" -Dbench.jar=$(APP_JAR) de.kmuflow.bench.Benchmarks $(filter-out ocr,$(BENCH)); fi
	@if [ -z "$(BENCH)" ] || [ -n "$(filter ocr,$(BENCH))" ]; then \
	  $(RUN_TEST_CLASS) -Dbench.out=target/bench/bench.md -Dbench.quietWaitSeconds=120 de.kmuflow.bench.OcrBenchmark \
	    sample-invoices/bench/ten-pages-300dpi.tif; fi

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
samples: $(CLASSPATH_FILE)
	$(MVN) -q test-compile
	$(RUN_TEST_CLASS) de.kmuflow.samples.SampleInvoiceGenerator sample-invoices

# Regenerates sample-receipts/ (till receipts as 300-dpi scans and phone photos, each with its truth) with
# a fixed seed and the Debian fonts of TEST_PACKAGES.
receipts: $(CLASSPATH_FILE)
	@$(MAKE) --no-print-directory deps APT_PACKAGES="fonts-liberation fonts-freefont-ttf fonts-inconsolata"
	$(MVN) -q test-compile
	$(RUN_TEST_CLASS) de.kmuflow.samples.receipts.ReceiptSetGenerator sample-receipts

clean:
	$(MVN) -q clean
