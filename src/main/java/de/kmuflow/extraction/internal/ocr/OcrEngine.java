package de.kmuflow.extraction.internal.ocr;

import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;

import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.ITessAPI.TessOcrEngineMode;
import net.sourceforge.tess4j.ITessAPI.TessPageSegMode;
import net.sourceforge.tess4j.TessAPI;

/**
 * One loaded Tesseract engine, fed raw grey pixels so that Leptonica is never called from Java
 * (Debian's Leptonica does not match the one Tess4J's bindings expect). Not thread-safe: the pool
 * hands it to one thread at a time, and a second thread entering it fails instead of crashing the
 * JVM.
 */
public final class OcrEngine {

	/**
	 * Interface mapping resolves each C function on its first call. The direct mapping (TessAPI1)
	 * binds every function at load time and fails on Debian's libtesseract 5.3, which lacks
	 * functions Tess4J 5.20 declares (e.g. TessBaseAPIGetPAGEText).
	 */
	private static final TessAPI API = TessAPI.INSTANCE;

	private final OcrEngineSettings settings;
	private final TessBaseAPI text;
	private final AtomicBoolean busy = new AtomicBoolean();
	private TessBaseAPI osd;
	private boolean osdTried;
	private boolean closed;

	private OcrEngine(OcrEngineSettings settings, TessBaseAPI text) {
		this.settings = settings;
		this.text = text;
	}

	/** Loads the models once; the engine is then reused for every page it is given. */
	static OcrEngine start(OcrEngineSettings settings) {
		Tessdata.requireModels(settings.dataPath(), settings.languages());
		TessBaseAPI handle = open(settings, settings.languages(), TessOcrEngineMode.OEM_LSTM_ONLY);
		API.TessBaseAPISetPageSegMode(handle, TessPageSegMode.PSM_AUTO);
		return new OcrEngine(settings, handle);
	}

	private static TessBaseAPI open(OcrEngineSettings settings, String languages, int mode) {
		TessBaseAPI handle = API.TessBaseAPICreate();
		if (API.TessBaseAPIInit2(handle, settings.dataPath().toString(), languages, mode) != 0) {
			API.TessBaseAPIDelete(handle);
			throw new OcrException("Tesseract could not load '" + languages + "' from " + settings.dataPath());
		}
		return handle;
	}

	/** Recognises a page and returns Tesseract's TSV (one row per page, block, paragraph, line and word). */
	String tsv(BufferedImage grey, int dpi) {
		return tsv(grey, dpi, TessPageSegMode.PSM_AUTO);
	}

	/**
	 * As {@link #tsv(BufferedImage, int)}, with one of Tesseract's page segmentation modes, e.g.
	 * {@code PSM_SINGLE_COLUMN} for a till receipt's one narrow column.
	 */
	String tsv(BufferedImage grey, int dpi, int pageSegmentation) {
		enter();
		try {
			API.TessBaseAPISetPageSegMode(text, pageSegmentation);
			setImage(text, grey, dpi);
			Pointer result = API.TessBaseAPIGetTsvText(text, 0);
			if (result == null) {
				throw new OcrException("Tesseract could not recognise the page");
			}
			try {
				return result.getString(0, "UTF-8");
			}
			finally {
				API.TessDeleteText(result);
			}
		}
		finally {
			API.TessBaseAPIClear(text);
			API.TessBaseAPISetPageSegMode(text, TessPageSegMode.PSM_AUTO);
			leave();
		}
	}

	/** Whether orientation detection can run: it needs the legacy "osd" model (Debian: tesseract-ocr-osd). */
	boolean canDetectOrientation() {
		return Tessdata.hasModel(settings.dataPath(), "osd");
	}

	/**
	 * Tesseract's orientation and script detection. Empty when the osd model is missing or the
	 * page has too little text to tell.
	 */
	Optional<DetectedOrientation> detectOrientation(BufferedImage grey, int dpi) {
		enter();
		try {
			TessBaseAPI handle = osdEngine();
			if (handle == null) {
				return Optional.empty();
			}
			try {
				setImage(handle, grey, dpi);
				IntBuffer degrees = IntBuffer.allocate(1);
				FloatBuffer confidence = FloatBuffer.allocate(1);
				FloatBuffer scriptConfidence = FloatBuffer.allocate(1);
				PointerByReference script = new PointerByReference();
				if (API.TessBaseAPIDetectOrientationScript(handle, degrees, confidence, script, scriptConfidence) == 0) {
					return Optional.empty();
				}
				return Optional.of(new DetectedOrientation(degrees.get(0), confidence.get(0)));
			}
			finally {
				API.TessBaseAPIClear(handle);
			}
		}
		finally {
			leave();
		}
	}

	private TessBaseAPI osdEngine() {
		if (!osdTried) {
			osdTried = true;
			if (canDetectOrientation()) {
				// osd is a legacy model: it only loads with the legacy engine mode
				osd = open(settings, "osd", TessOcrEngineMode.OEM_TESSERACT_ONLY);
				API.TessBaseAPISetPageSegMode(osd, TessPageSegMode.PSM_OSD_ONLY);
				// detection warns of "invalid resolution 0 dpi" on every page, as its binarised copy
				// of the page loses the resolution (it falls back to 70 dpi, which works)
				API.TessBaseAPISetVariable(osd, "debug_file", "/dev/null");
			}
		}
		return osd;
	}

	private static void setImage(TessBaseAPI handle, BufferedImage grey, int dpi) {
		// Tesseract copies the pixels into its own image, so a heap buffer is enough
		ByteBuffer pixels = ByteBuffer.wrap(GreyImages.pixels(grey));
		// the variable too: orientation detection does not see the source resolution
		API.TessBaseAPISetVariable(handle, "user_defined_dpi", String.valueOf(dpi));
		API.TessBaseAPISetImage(handle, pixels, grey.getWidth(), grey.getHeight(), 1, grey.getWidth());
		API.TessBaseAPISetSourceResolution(handle, dpi);
	}

	private void enter() {
		if (!busy.compareAndSet(false, true)) {
			throw new IllegalStateException("OCR engine used by two threads at once");
		}
		if (closed) {
			busy.set(false);
			throw new IllegalStateException("OCR engine is closed");
		}
	}

	private void leave() {
		busy.set(false);
	}

	/** Frees the models; only the pool ends its engines, never a borrower. */
	void end() {
		if (closed) {
			return;
		}
		enter();
		try {
			closed = true;
			free(text);
			if (osd != null) {
				free(osd);
			}
		}
		finally {
			leave();
		}
	}

	private static void free(TessBaseAPI handle) {
		API.TessBaseAPIEnd(handle);
		API.TessBaseAPIDelete(handle);
	}

	/** Tesseract's answer: the page's orientation in degrees (0, 90, 180, 270) and how sure it is. */
	record DetectedOrientation(int degrees, float confidence) {
	}
}
