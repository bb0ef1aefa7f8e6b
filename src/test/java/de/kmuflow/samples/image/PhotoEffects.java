package de.kmuflow.samples.image;

import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.util.Random;

/**
 * Turns a rendered page into something like a phone photo of it lying on a desk: perspective,
 * uneven light, a warm cast, softness and noise.
 */
public final class PhotoEffects {

	private final Random random;

	public PhotoEffects(Random random) {
		this.random = random;
	}

	/**
	 * @param page the page rendered in colour
	 * @param width width of the photo in pixels (height is 4:3 portrait)
	 * @param fill how much of the photo's height the page takes (0..1)
	 */
	public BufferedImage photograph(BufferedImage page, int width, double fill) {
		int height = width * 4 / 3;
		double pageHeight = height * fill;
		double pageWidth = pageHeight * page.getWidth() / page.getHeight();
		double cx = width / 2.0 + jitter(width * 0.02);
		double cy = height / 2.0 + jitter(height * 0.02);
		// corners clockwise from top left; the top edge is further from the camera, so narrower
		double[][] corners = {
				{cx - pageWidth * 0.46 + jitter(12), cy - pageHeight / 2 + jitter(12)},
				{cx + pageWidth * 0.46 + jitter(12), cy - pageHeight / 2 + 25 + jitter(12)},
				{cx + pageWidth * 0.5 + jitter(12), cy + pageHeight / 2 + jitter(12)},
				{cx - pageWidth * 0.5 + jitter(12), cy + pageHeight / 2 - 20 + jitter(12)}};
		double[][] source = {{0, 0}, {page.getWidth(), 0}, {page.getWidth(), page.getHeight()}, {0, page.getHeight()}};
		Homography toPage = Homography.mapping(corners, source);

		BufferedImage photo = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		double lightX = width * (0.2 + random.nextDouble() * 0.2);
		double lightY = height * (0.1 + random.nextDouble() * 0.2);
		double diagonal = Math.hypot(width, height);
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				double[] p = toPage.apply(x, y);
				int[] rgb;
				if (p[0] >= 0 && p[1] >= 0 && p[0] < page.getWidth() - 1 && p[1] < page.getHeight() - 1) {
					rgb = sample(page, p[0], p[1]);
					rgb[1] = (int) (rgb[1] * 0.97);
					rgb[2] = (int) (rgb[2] * 0.91);
				}
				else {
					// a dark wooden desk with a faint grain
					double grain = Math.sin(x * 0.02 + Math.sin(y * 0.005) * 3) * 8;
					rgb = new int[] {(int) (104 + grain), (int) (78 + grain), (int) (55 + grain)};
				}
				double light = 1.08 - 0.45 * Math.hypot(x - lightX, y - lightY) / diagonal;
				int r = ScanEffects.clamp(rgb[0] * light + random.nextGaussian() * 3);
				int g = ScanEffects.clamp(rgb[1] * light + random.nextGaussian() * 3);
				int b = ScanEffects.clamp(rgb[2] * light + random.nextGaussian() * 3);
				photo.setRGB(x, y, (r << 16) | (g << 8) | b);
			}
		}
		return blur(photo);
	}

	private double jitter(double amount) {
		return (random.nextDouble() * 2 - 1) * amount;
	}

	private static int[] sample(BufferedImage image, double x, double y) {
		int x0 = (int) x;
		int y0 = (int) y;
		double fx = x - x0;
		double fy = y - y0;
		int[] result = new int[3];
		int[] c00 = rgb(image.getRGB(x0, y0));
		int[] c10 = rgb(image.getRGB(x0 + 1, y0));
		int[] c01 = rgb(image.getRGB(x0, y0 + 1));
		int[] c11 = rgb(image.getRGB(x0 + 1, y0 + 1));
		for (int i = 0; i < 3; i++) {
			double top = c00[i] * (1 - fx) + c10[i] * fx;
			double bottom = c01[i] * (1 - fx) + c11[i] * fx;
			result[i] = (int) Math.round(top * (1 - fy) + bottom * fy);
		}
		return result;
	}

	private static int[] rgb(int pixel) {
		return new int[] {(pixel >> 16) & 0xff, (pixel >> 8) & 0xff, pixel & 0xff};
	}

	/** A 5 x 5 binomial blur: the phone focused slightly off the paper. */
	private static BufferedImage blur(BufferedImage photo) {
		float[] row = {1, 4, 6, 4, 1};
		float[] weights = new float[25];
		for (int y = 0; y < 5; y++) {
			for (int x = 0; x < 5; x++) {
				weights[y * 5 + x] = row[x] * row[y] / 256f;
			}
		}
		BufferedImage out = new BufferedImage(photo.getWidth(), photo.getHeight(), BufferedImage.TYPE_INT_RGB);
		new ConvolveOp(new Kernel(5, 5, weights), ConvolveOp.EDGE_NO_OP, null).filter(photo, out);
		return out;
	}
}
