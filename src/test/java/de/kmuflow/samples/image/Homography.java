package de.kmuflow.samples.image;

/** The projective map that takes four points onto four others, as a camera sees a flat sheet. */
final class Homography {

	private final double[] h;

	private Homography(double[] h) {
		this.h = h;
	}

	/** Solves the eight unknowns of the 3 x 3 matrix (the ninth is 1) from four point pairs. */
	static Homography mapping(double[][] from, double[][] to) {
		double[][] a = new double[8][9];
		for (int i = 0; i < 4; i++) {
			double x = from[i][0];
			double y = from[i][1];
			double u = to[i][0];
			double v = to[i][1];
			a[2 * i] = new double[] {x, y, 1, 0, 0, 0, -u * x, -u * y, u};
			a[2 * i + 1] = new double[] {0, 0, 0, x, y, 1, -v * x, -v * y, v};
		}
		for (int col = 0; col < 8; col++) {
			int pivot = col;
			for (int row = col + 1; row < 8; row++) {
				if (Math.abs(a[row][col]) > Math.abs(a[pivot][col])) {
					pivot = row;
				}
			}
			double[] swap = a[col];
			a[col] = a[pivot];
			a[pivot] = swap;
			for (int row = 0; row < 8; row++) {
				if (row != col) {
					double factor = a[row][col] / a[col][col];
					for (int k = col; k < 9; k++) {
						a[row][k] -= factor * a[col][k];
					}
				}
			}
		}
		double[] h = new double[9];
		for (int i = 0; i < 8; i++) {
			h[i] = a[i][8] / a[i][i];
		}
		h[8] = 1;
		return new Homography(h);
	}

	double[] apply(double x, double y) {
		double w = h[6] * x + h[7] * y + h[8];
		return new double[] {(h[0] * x + h[1] * y + h[2]) / w, (h[3] * x + h[4] * y + h[5]) / w};
	}
}
