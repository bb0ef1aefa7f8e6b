/**
 * Reads scanned pages: a pool of loaded Tesseract engines, page pre-processing (grey, upscaling,
 * orientation, deskew) and words with boxes and confidences from Tesseract's TSV output.
 */
package de.kmuflow.extraction.internal.ocr;
