package de.kmuflow.samples.image;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.awt.image.WritableRaster;
import java.util.Random;

/**
 * What a flatbed scanner or copier does to a page: a slight skew, a greyish paper tone, sensor noise,
 * dust specks and a little softness. All randomness comes from the caller's seeded source.
 */
public final class ScanEffects {

	private final Random random;

	public ScanEffects(Random random) {
		this.random = random;
	}

	/** Rotates around the centre; the corners that come in are filled with the scanner lid's grey. */
	public BufferedImage rotate(BufferedImage page, double degrees, int lidGrey) {
		BufferedImage rotated = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
		Graphics2D g = rotated.createGraphics();
		g.setColor(new Color(lidGrey, lidGrey, lidGrey));
		g.fillRect(0, 0, page.getWidth(), page.getHeight());
		g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
		g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
		g.rotate(Math.toRadians(degrees), page.getWidth() / 2.0, page.getHeight() / 2.0);
		g.drawImage(page, 0, 0, null);
		g.dispose();
		return rotated;
	}

	/**
	 * Maps white to the paper tone and black to a dark grey (contrast), then adds Gaussian noise. A low
	 * contrast looks like a faded thermal receipt.
	 */
	public BufferedImage tone(BufferedImage page, int paper, int ink, double noise) {
		BufferedImage out = grey(page);
		WritableRaster raster = out.getRaster();
		int[] row = new int[out.getWidth()];
		for (int y = 0; y < out.getHeight(); y++) {
			raster.getSamples(0, y, out.getWidth(), 1, 0, row);
			for (int x = 0; x < row.length; x++) {
				double value = ink + (paper - ink) * row[x] / 255.0 + random.nextGaussian() * noise;
				row[x] = clamp(value);
			}
			raster.setSamples(0, y, out.getWidth(), 1, 0, row);
		}
		return out;
	}

	/** Dark dots and short hairs from dust on the glass. */
	public BufferedImage specks(BufferedImage page, int count) {
		BufferedImage out = grey(page);
		Graphics2D g = out.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		for (int i = 0; i < count; i++) {
			int shade = 40 + random.nextInt(90);
			g.setColor(new Color(shade, shade, shade));
			int x = random.nextInt(out.getWidth());
			int y = random.nextInt(out.getHeight());
			if (random.nextInt(6) == 0) {
				g.drawLine(x, y, x + random.nextInt(21) - 10, y + random.nextInt(21) - 10);
			}
			else {
				int size = 1 + random.nextInt(3);
				g.fillOval(x, y, size, size);
			}
		}
		g.dispose();
		return out;
	}

	/** A 3 x 3 soft blur: scanners at 200 dpi and below are never quite sharp. */
	public static BufferedImage soften(BufferedImage page) {
		float[] weights = {1 / 16f, 2 / 16f, 1 / 16f, 2 / 16f, 4 / 16f, 2 / 16f, 1 / 16f, 2 / 16f, 1 / 16f};
		BufferedImage out = new BufferedImage(page.getWidth(), page.getHeight(), page.getType());
		new ConvolveOp(new Kernel(3, 3, weights), ConvolveOp.EDGE_NO_OP, null).filter(page, out);
		return out;
	}

	/** A black-and-white copy as a fax or a scanner's document mode makes it. */
	public static BufferedImage binarize(BufferedImage page, int threshold) {
		BufferedImage out = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
		WritableRaster source = grey(page).getRaster();
		WritableRaster target = out.getRaster();
		int[] row = new int[page.getWidth()];
		for (int y = 0; y < page.getHeight(); y++) {
			source.getSamples(0, y, page.getWidth(), 1, 0, row);
			for (int x = 0; x < row.length; x++) {
				row[x] = row[x] < threshold ? 0 : 1;
			}
			target.setSamples(0, y, page.getWidth(), 1, 0, row);
		}
		return out;
	}

	static BufferedImage grey(BufferedImage image) {
		if (image.getType() == BufferedImage.TYPE_BYTE_GRAY) {
			BufferedImage copy = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
			copy.setData(image.getRaster());
			return copy;
		}
		BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
		Graphics2D g = out.createGraphics();
		g.drawImage(image, 0, 0, null);
		g.dispose();
		return out;
	}

	static int clamp(double value) {
		return (int) Math.max(0, Math.min(255, Math.round(value)));
	}
}
