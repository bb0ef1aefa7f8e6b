package de.kmuflow.samples.image;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** Renders the pages of a PDF into images, as a scanner would see the printed paper. */
public final class PageImages {

	private PageImages() {
	}

	public static List<BufferedImage> grey(byte[] pdf, float dpi) throws IOException {
		return render(pdf, dpi, ImageType.GRAY);
	}

	public static List<BufferedImage> colour(byte[] pdf, float dpi) throws IOException {
		return render(pdf, dpi, ImageType.RGB);
	}

	private static List<BufferedImage> render(byte[] pdf, float dpi, ImageType type) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFRenderer renderer = new PDFRenderer(document);
			List<BufferedImage> pages = new ArrayList<>();
			for (int i = 0; i < document.getNumberOfPages(); i++) {
				pages.add(renderer.renderImageWithDPI(i, dpi, type));
			}
			return pages;
		}
	}
}
