package de.kmuflow.platform.internal;

import de.kmuflow.platform.StepRefused;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/** Every API error as {@code {"error": "…"}} in words a clerk understands; never a stack trace. */
@RestControllerAdvice
class ApiErrorHandler {

	static final String UNREADABLE_BODY = "Der Inhalt der Anfrage ist kein gültiges JSON, oder ein Wert hat nicht die"
			+ " erwartete Form (unreadable request body).";

	private static final Logger log = LoggerFactory.getLogger(ApiErrorHandler.class);

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ResponseEntity<ApiError> tooLarge(MaxUploadSizeExceededException e) {
		return error(HttpStatus.PAYLOAD_TOO_LARGE,
				"Die Datei ist zu groß (the file is larger than the upload limit).");
	}

	@ExceptionHandler({ MissingServletRequestPartException.class, MultipartException.class })
	ResponseEntity<ApiError> noFile(Exception e) {
		return error(HttpStatus.BAD_REQUEST,
				"Bitte eine Datei im Feld 'file' senden (send the file as multipart field 'file').");
	}

	@ExceptionHandler({ MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class })
	ResponseEntity<ApiError> badParameter(Exception e) {
		return error(HttpStatus.BAD_REQUEST, "Ungültige Angabe (invalid request parameter): " + e.getMessage());
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
		return error(HttpStatus.BAD_REQUEST, UNREADABLE_BODY);
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ResponseEntity<ApiError> badRequest(IllegalArgumentException e) {
		return error(HttpStatus.BAD_REQUEST, e.getMessage());
	}

	/** A step the business refuses (an illegal status change, four eyes): the person gets the sentence. */
	@ExceptionHandler(StepRefused.class)
	ResponseEntity<ApiError> refused(StepRefused e) {
		return error(HttpStatus.BAD_REQUEST, e.getMessage());
	}

	record ApiError(String error) {
	}

	private static ResponseEntity<ApiError> error(HttpStatus status, String message) {
		log.debug("API answered {}: {}", status, message);
		return ResponseEntity.status(status).body(new ApiError(message));
	}
}
