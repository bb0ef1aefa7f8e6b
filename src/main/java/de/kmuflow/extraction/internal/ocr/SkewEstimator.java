package de.kmuflow.extraction.internal.ocr;

import java.awt.image.BufferedImage;

/**
 * Finds how far a page's text lines are tilted, by projection profiles: the ink of a sample of the
 * page is summed row by row along slanted lines, and the slant at which rows of text and the gaps
 * between them are sharpest is the skew. Straight lines matter beyond recognition: the field
 * extractor groups words into lines by their y position.
 */
final class SkewEstimator {

	/** Scanners and phone scans tilt by a few degrees; larger turns are orientation, not skew. */
	static final double MAX_DEGREES = 3;
	private static final double COARSE_STEP = 0.25;
	private static final double FINE_STEP = 0.05;
	/** Sampling every n-th pixel so that about this many columns are looked at. */
	private static final int SAMPLE_COLUMNS = 1000;
	private static final int MIN_INK_POINTS = 500;
	/** The best slant must beat "no slant" clearly; a flat profile (pictures, sideways text) says nothing. */
	private static final double MIN_GAIN = 1.05;

	private SkewEstimator() {
	}

	/** Clockwise tilt of the text lines in degrees (0 when none is found); turn by its negative to straighten. */
	static double clockwiseSkewDegrees(BufferedImage grey) {
		Ink ink = Ink.sample(grey);
		if (ink.count < MIN_INK_POINTS) {
			return 0;
		}
		double best = 0;
		double bestScore = ink.sharpness(0);
		double level = bestScore;
		for (double angle = -MAX_DEGREES; angle <= MAX_DEGREES + 1e-9; angle += COARSE_STEP) {
			double score = ink.sharpness(angle);
			if (score > bestScore) {
				bestScore = score;
				best = angle;
			}
		}
		double coarse = best;
		for (double angle = coarse - COARSE_STEP; angle <= coarse + COARSE_STEP + 1e-9; angle += FINE_STEP) {
			double score = ink.sharpness(angle);
			if (score > bestScore) {
				bestScore = score;
				best = angle;
			}
		}
		return bestScore > level * MIN_GAIN ? best : 0;
	}

	/** Dark pixels of a sampled grid, in grid units. */
	private static final class Ink {

		private final int[] xs;
		private final int[] ys;
		private final int count;
		private final int rows;
		private final int columns;

		private Ink(int[] xs, int[] ys, int count, int rows, int columns) {
			this.xs = xs;
			this.ys = ys;
			this.count = count;
			this.rows = rows;
			this.columns = columns;
		}

		static Ink sample(BufferedImage grey) {
			byte[] pixels = GreyImages.pixels(grey);
			int width = grey.getWidth();
			int step = Math.max(1, Math.round(width / (float) SAMPLE_COLUMNS));
			int columns = (width + step - 1) / step;
			int rows = (grey.getHeight() + step - 1) / step;
			int threshold = otsuThreshold(pixels, step);
			int capacity = 1 << 16;
			int[] xs = new int[capacity];
			int[] ys = new int[capacity];
			int count = 0;
			for (int row = 0; row < rows; row++) {
				int offset = row * step * width;
				for (int column = 0; column < columns; column++) {
					if ((pixels[offset + column * step] & 0xff) < threshold) {
						if (count == xs.length) {
							xs = java.util.Arrays.copyOf(xs, count * 2);
							ys = java.util.Arrays.copyOf(ys, count * 2);
						}
						xs[count] = column;
						ys[count] = row;
						count++;
					}
				}
			}
			return new Ink(xs, ys, count, rows, columns);
		}

		/** Sum of squared differences between neighbouring row totals: high when lines are crisp. */
		double sharpness(double clockwiseDegrees) {
			double slope = Math.tan(Math.toRadians(clockwiseDegrees));
			int margin = (int) Math.ceil(Math.abs(slope) * columns) + 1;
			int[] totals = new int[rows + 2 * margin];
			for (int i = 0; i < count; i++) {
				totals[(int) Math.round(ys[i] - xs[i] * slope) + margin]++;
			}
			double score = 0;
			for (int i = 1; i < totals.length; i++) {
				double difference = totals[i] - totals[i - 1];
				score += difference * difference;
			}
			return score;
		}

		/** Otsu's threshold between ink and paper, from the sampled pixels. */
		private static int otsuThreshold(byte[] pixels, int step) {
			long[] histogram = new long[256];
			for (int i = 0; i < pixels.length; i += step) {
				histogram[pixels[i] & 0xff]++;
			}
			long total = 0;
			double sum = 0;
			for (int value = 0; value < 256; value++) {
				total += histogram[value];
				sum += (double) value * histogram[value];
			}
			double backgroundSum = 0;
			long background = 0;
			double bestVariance = -1;
			int best = 128;
			for (int value = 0; value < 256; value++) {
				background += histogram[value];
				if (background == 0) {
					continue;
				}
				long foreground = total - background;
				if (foreground == 0) {
					break;
				}
				backgroundSum += (double) value * histogram[value];
				double meanBackground = backgroundSum / background;
				double meanForeground = (sum - backgroundSum) / foreground;
				double variance = (double) background * foreground * (meanBackground - meanForeground)
						* (meanBackground - meanForeground);
				if (variance > bestVariance) {
					bestVariance = variance;
					best = value + 1;
				}
			}
			return best;
		}
	}
}
