package de.kmuflow.extraction.internal.ocr;

/** OCR could not run: models missing, no engine free in time, or the engine failed. */
public class OcrException extends RuntimeException {

	public OcrException(String message) {
		super(message);
	}

	public OcrException(String message, Throwable cause) {
		super(message, cause);
	}
}
