package de.kmuflow.extraction.internal.ocr;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBufferByte;
import java.awt.image.Raster;

/** 8-bit grey page images: conversion, rotation and scaling, always on a white background. */
final class GreyImages {

	private static final int WHITE = 255;

	private GreyImages() {
	}

	/**
	 * The page as 8-bit grey. Converts by luma per pixel rather than through Java2D, whose
	 * colour-space conversion to grey darkens mid tones; transparent pixels count as white paper.
	 */
	static BufferedImage toGrey(BufferedImage image) {
		if (isPlainGrey(image)) {
			return image;
		}
		int width = image.getWidth();
		int height = image.getHeight();
		BufferedImage grey = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
		byte[] target = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
		int[] row = new int[width];
		for (int y = 0; y < height; y++) {
			image.getRGB(0, y, width, 1, row, 0, width);
			for (int x = 0; x < width; x++) {
				int argb = row[x];
				int alpha = argb >>> 24;
				int luma = (299 * ((argb >> 16) & 0xff) + 587 * ((argb >> 8) & 0xff) + 114 * (argb & 0xff)) / 1000;
				target[y * width + x] = (byte) ((luma * alpha + WHITE * (255 - alpha)) / 255);
			}
		}
		return grey;
	}

	/** True when the image's bytes can be handed to Tesseract as they are: one byte per pixel, no padding. */
	static boolean isPlainGrey(BufferedImage image) {
		if (image.getType() != BufferedImage.TYPE_BYTE_GRAY) {
			return false;
		}
		Raster raster = image.getRaster();
		return raster.getParent() == null && raster.getSampleModel() instanceof ComponentSampleModel model
				&& model.getScanlineStride() == image.getWidth() && model.getPixelStride() == 1
				&& ((DataBufferByte) raster.getDataBuffer()).getOffset() == 0 && raster.getSampleModelTranslateX() == 0
				&& raster.getSampleModelTranslateY() == 0;
	}

	/** The grey bytes, row by row, width bytes per row. */
	static byte[] pixels(BufferedImage grey) {
		return ((DataBufferByte) toGrey(grey).getRaster().getDataBuffer()).getData();
	}

	/** Turns the page clockwise by a multiple of 90 degrees; exact, no interpolation. */
	static BufferedImage rotateQuarterTurns(BufferedImage grey, int clockwiseQuarterTurns) {
		int turns = Math.floorMod(clockwiseQuarterTurns, 4);
		if (turns == 0) {
			return grey;
		}
		int width = grey.getWidth();
		int height = grey.getHeight();
		boolean sideways = turns % 2 == 1;
		int newWidth = sideways ? height : width;
		BufferedImage turned = new BufferedImage(newWidth, sideways ? width : height, BufferedImage.TYPE_BYTE_GRAY);
		byte[] source = pixels(grey);
		byte[] target = ((DataBufferByte) turned.getRaster().getDataBuffer()).getData();
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				int newX;
				int newY;
				if (turns == 1) {
					newX = height - 1 - y;
					newY = x;
				}
				else if (turns == 2) {
					newX = width - 1 - x;
					newY = height - 1 - y;
				}
				else {
					newX = y;
					newY = width - 1 - x;
				}
				target[newY * newWidth + newX] = source[y * width + x];
			}
		}
		return turned;
	}

	/** Turns the page by a small angle around its centre (positive = clockwise), keeping its size. */
	static BufferedImage rotate(BufferedImage grey, double clockwiseDegrees) {
		BufferedImage turned = new BufferedImage(grey.getWidth(), grey.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
		Graphics2D graphics = turned.createGraphics();
		try {
			graphics.setColor(Color.WHITE);
			graphics.fillRect(0, 0, turned.getWidth(), turned.getHeight());
			graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			graphics.rotate(Math.toRadians(clockwiseDegrees), grey.getWidth() / 2.0, grey.getHeight() / 2.0);
			graphics.drawImage(grey, 0, 0, null);
		}
		finally {
			graphics.dispose();
		}
		return turned;
	}

	/** Scales the page by a factor, smoothly (bicubic), as for upscaling a low-resolution scan. */
	static BufferedImage scale(BufferedImage grey, double factor) {
		int width = Math.max(1, (int) Math.round(grey.getWidth() * factor));
		int height = Math.max(1, (int) Math.round(grey.getHeight() * factor));
		BufferedImage scaled = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
		Graphics2D graphics = scaled.createGraphics();
		try {
			graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
			graphics.drawImage(grey, 0, 0, width, height, null);
		}
		finally {
			graphics.dispose();
		}
		return scaled;
	}
}
