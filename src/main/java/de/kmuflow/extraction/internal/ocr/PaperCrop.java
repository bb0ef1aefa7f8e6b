package de.kmuflow.extraction.internal.ocr;

import java.awt.image.BufferedImage;
import java.util.Arrays;

/**
 * Cuts a photographed receipt out of the desk it lies on. Tesseract binarises the whole image at
 * once: a dark desk right beside the receipt's right edge becomes a black region that swallows the
 * amounts printed there. The paper is the bright part of the photo (Otsu's threshold): outside the
 * columns and rows that are mostly paper the image is painted white, and so is what dark is left in
 * the corners and reaches the edge of that box (the desk, not the print). The image keeps its size,
 * so that words keep their places on the photo.
 */
final class PaperCrop {

	/** A column or row belongs to the paper when this share of its pixels is bright. */
	private static final double PAPER_SHARE = 0.3;
	/** Less than this share of the image being paper: the photo shows no single sheet to cut out. */
	private static final double MIN_PAPER_SHARE_OF_WIDTH = 0.1;
	private static final int WHITE = 255;

	private PaperCrop() {
	}

	/** The grey image with all but the paper white, or the image itself when no paper stands out. */
	static BufferedImage onPaper(BufferedImage grey) {
		int width = grey.getWidth();
		int height = grey.getHeight();
		byte[] pixels = GreyImages.pixels(grey);
		int threshold = otsu(pixels);
		int[] brightInColumn = new int[width];
		int[] brightInRow = new int[height];
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				if ((pixels[y * width + x] & 0xff) > threshold) {
					brightInColumn[x]++;
				}
			}
		}
		int[] columns = longestRun(brightInColumn, height * PAPER_SHARE);
		if (columns == null || columns[1] - columns[0] < width * MIN_PAPER_SHARE_OF_WIDTH) {
			return grey;
		}
		for (int y = 0; y < height; y++) {
			for (int x = columns[0]; x <= columns[1]; x++) {
				if ((pixels[y * width + x] & 0xff) > threshold) {
					brightInRow[y]++;
				}
			}
		}
		int[] rows = longestRun(brightInRow, (columns[1] - columns[0] + 1) * PAPER_SHARE);
		if (rows == null || columns[0] == 0 && rows[0] == 0 && columns[1] == width - 1 && rows[1] == height - 1) {
			return grey;
		}
		int cutWidth = columns[1] - columns[0] + 1;
		int cutHeight = rows[1] - rows[0] + 1;
		byte[] cut = new byte[cutWidth * cutHeight];
		for (int y = 0; y < cutHeight; y++) {
			System.arraycopy(pixels, (rows[0] + y) * width + columns[0], cut, y * cutWidth, cutWidth);
		}
		whitenDarkFromEdges(cut, cutWidth, cutHeight, threshold);
		byte[] whole = new byte[pixels.length];
		Arrays.fill(whole, (byte) WHITE);
		for (int y = 0; y < cutHeight; y++) {
			System.arraycopy(cut, y * cutWidth, whole, (rows[0] + y) * width + columns[0], cutWidth);
		}
		BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
		out.getRaster().setDataElements(0, 0, width, height, whole);
		return out;
	}

	/** Side of the squares whose brightest pixel stands for the paper's light there: wider than any stroke. */
	private static final int LIGHT_CELL = 24;

	/**
	 * Evens out the light on a photographed page: a curl's shadow or a lamp's falloff would make one
	 * global threshold turn whole bands black. Each pixel is divided by the paper's brightness around
	 * it (the brightest pixel of its cell, smoothed between cells), so paper becomes white and print
	 * stays dark everywhere.
	 */
	static BufferedImage evenLight(BufferedImage grey) {
		int width = grey.getWidth();
		int height = grey.getHeight();
		byte[] pixels = GreyImages.pixels(grey);
		int cellsX = (width + LIGHT_CELL - 1) / LIGHT_CELL;
		int cellsY = (height + LIGHT_CELL - 1) / LIGHT_CELL;
		double[] light = new double[cellsX * cellsY];
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				int cell = (y / LIGHT_CELL) * cellsX + x / LIGHT_CELL;
				light[cell] = Math.max(light[cell], pixels[y * width + x] & 0xff);
			}
		}
		double[] smooth = new double[light.length];
		for (int cy = 0; cy < cellsY; cy++) {
			for (int cx = 0; cx < cellsX; cx++) {
				double sum = 0;
				int count = 0;
				for (int dy = -1; dy <= 1; dy++) {
					for (int dx = -1; dx <= 1; dx++) {
						int nx = cx + dx;
						int ny = cy + dy;
						if (nx >= 0 && ny >= 0 && nx < cellsX && ny < cellsY) {
							sum += light[ny * cellsX + nx];
							count++;
						}
					}
				}
				smooth[cy * cellsX + cx] = Math.max(1, sum / count);
			}
		}
		byte[] out = new byte[pixels.length];
		for (int y = 0; y < height; y++) {
			double fy = Math.max(0, Math.min(cellsY - 1.001, (y + 0.5) / LIGHT_CELL - 0.5));
			int y0 = (int) fy;
			double wy = fy - y0;
			for (int x = 0; x < width; x++) {
				double fx = Math.max(0, Math.min(cellsX - 1.001, (x + 0.5) / LIGHT_CELL - 0.5));
				int x0 = (int) fx;
				double wx = fx - x0;
				int y1 = Math.min(cellsY - 1, y0 + 1);
				int x1 = Math.min(cellsX - 1, x0 + 1);
				double background = (smooth[y0 * cellsX + x0] * (1 - wx) + smooth[y0 * cellsX + x1] * wx) * (1 - wy)
						+ (smooth[y1 * cellsX + x0] * (1 - wx) + smooth[y1 * cellsX + x1] * wx) * wy;
				out[y * width + x] = (byte) Math.min(WHITE, Math.round((pixels[y * width + x] & 0xff) * 255.0 / background));
			}
		}
		BufferedImage even = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
		even.getRaster().setDataElements(0, 0, width, height, out);
		return even;
	}

	/** The longest run of indexes whose count reaches the minimum, as {first, last}; null when none does. */
	private static int[] longestRun(int[] counts, double minimum) {
		int[] best = null;
		int start = -1;
		for (int i = 0; i <= counts.length; i++) {
			boolean in = i < counts.length && counts[i] >= minimum;
			if (in && start < 0) {
				start = i;
			}
			else if (!in && start >= 0) {
				if (best == null || i - 1 - start > best[1] - best[0]) {
					best = new int[] { start, i - 1 };
				}
				start = -1;
			}
		}
		return best;
	}

	/** Paints white every dark pixel connected to the edge of the image through dark pixels. */
	private static void whitenDarkFromEdges(byte[] pixels, int width, int height, int threshold) {
		int[] stack = new int[pixels.length];
		int top = 0;
		for (int x = 0; x < width; x++) {
			top = push(pixels, stack, top, x, threshold);
			top = push(pixels, stack, top, (height - 1) * width + x, threshold);
		}
		for (int y = 0; y < height; y++) {
			top = push(pixels, stack, top, y * width, threshold);
			top = push(pixels, stack, top, y * width + width - 1, threshold);
		}
		while (top > 0) {
			int at = stack[--top];
			int x = at % width;
			int y = at / width;
			if (x > 0) {
				top = push(pixels, stack, top, at - 1, threshold);
			}
			if (x < width - 1) {
				top = push(pixels, stack, top, at + 1, threshold);
			}
			if (y > 0) {
				top = push(pixels, stack, top, at - width, threshold);
			}
			if (y < height - 1) {
				top = push(pixels, stack, top, at + width, threshold);
			}
		}
	}

	private static int push(byte[] pixels, int[] stack, int top, int at, int threshold) {
		if ((pixels[at] & 0xff) > threshold) {
			return top;
		}
		// painted when pushed, so that no pixel is pushed twice
		pixels[at] = (byte) WHITE;
		stack[top] = at;
		return top + 1;
	}

	/** Otsu's threshold: the grey level that best splits the histogram into two classes. */
	static int otsu(byte[] pixels) {
		long[] histogram = new long[256];
		for (byte pixel : pixels) {
			histogram[pixel & 0xff]++;
		}
		long total = pixels.length;
		double sum = 0;
		for (int i = 0; i < 256; i++) {
			sum += (double) i * histogram[i];
		}
		double sumBelow = 0;
		long below = 0;
		double bestVariance = -1;
		int best = 127;
		for (int t = 0; t < 256; t++) {
			below += histogram[t];
			if (below == 0) {
				continue;
			}
			long above = total - below;
			if (above == 0) {
				break;
			}
			sumBelow += (double) t * histogram[t];
			double meanBelow = sumBelow / below;
			double meanAbove = (sum - sumBelow) / above;
			double variance = (double) below * above * (meanBelow - meanAbove) * (meanBelow - meanAbove);
			if (variance > bestVariance) {
				bestVariance = variance;
				best = t;
			}
		}
		return best;
	}
}
