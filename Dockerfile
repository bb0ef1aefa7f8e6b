# kmu-flow image: builds the jar, then runs it on a JRE with Tesseract for OCR (German and English).
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
COPY processes processes
RUN ./mvnw -B -q -DskipTests package

FROM eclipse-temurin:17-jre
RUN apt-get update \
 && apt-get install -y --no-install-recommends tesseract-ocr tesseract-ocr-deu tesseract-ocr-eng tesseract-ocr-osd curl \
 && rm -rf /var/lib/apt/lists/*
RUN useradd --system --home /app kmuflow
WORKDIR /app
COPY --from=build /src/target/kmu-flow.jar kmu-flow.jar
# the data dir exists and belongs to the user the node runs as: a volume mounted there starts out owned by it
RUN mkdir -p /app/data && chown -R kmuflow:kmuflow /app/data
USER kmuflow
# OpenMP threads inside Tesseract slow OCR down on few cores; pages run in parallel instead.
# An explicit heap, as `make run`: the JVM would take a quarter of the host's memory (README, Performance);
# the JVM reads JAVA_TOOL_OPTIONS itself, so the entry point stays in exec form.
ENV OMP_THREAD_LIMIT=1 \
    KMUFLOW_DATA_DIR=/app/data \
    JAVA_TOOL_OPTIONS=-Xmx384m
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s CMD curl -fs http://localhost:8080/actuator/health || exit 1
# exec form: the JVM is PID 1 and gets the runtime's SIGTERM (graceful stop within its 10 s)
ENTRYPOINT ["java", "-jar", "/app/kmu-flow.jar"]
