package de.kmuflow.samples.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.plugins.tiff.BaselineTIFFTagSet;
import javax.imageio.plugins.tiff.TIFFDirectory;
import javax.imageio.plugins.tiff.TIFFField;
import javax.imageio.plugins.tiff.TIFFTag;
import javax.imageio.stream.ImageOutputStream;

/**
 * Writes images as JPEG, PNG and TIFF with the JDK's own codecs, each carrying its resolution, since an
 * OCR engine reads the dpi from the file to judge the text size.
 */
public final class ImageEncoding {

	private ImageEncoding() {
	}

	public static byte[] jpeg(BufferedImage image, float quality, int dpi) throws IOException {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		ImageWriteParam param = writer.getDefaultWriteParam();
		param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
		param.setCompressionQuality(quality);
		IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
		String format = "javax_imageio_jpeg_image_1.0";
		IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(format);
		IIOMetadataNode jfif = (IIOMetadataNode) root.getElementsByTagName("app0JFIF").item(0);
		jfif.setAttribute("resUnits", "1");
		jfif.setAttribute("Xdensity", String.valueOf(dpi));
		jfif.setAttribute("Ydensity", String.valueOf(dpi));
		metadata.setFromTree(format, root);
		return write(writer, List.of(new IIOImage(image, null, metadata)), param);
	}

	public static byte[] png(BufferedImage image, int dpi) throws IOException {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
		ImageWriteParam param = writer.getDefaultWriteParam();
		IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
		IIOMetadataNode root = new IIOMetadataNode("javax_imageio_1.0");
		IIOMetadataNode dimension = new IIOMetadataNode("Dimension");
		for (String name : new String[] {"HorizontalPixelSize", "VerticalPixelSize"}) {
			IIOMetadataNode size = new IIOMetadataNode(name);
			size.setAttribute("value", String.valueOf(25.4 / dpi));
			dimension.appendChild(size);
		}
		root.appendChild(dimension);
		metadata.mergeTree("javax_imageio_1.0", root);
		return write(writer, List.of(new IIOImage(image, null, metadata)), param);
	}

	/**
	 * A TIFF with one page per image. Compression "CCITT T.6" needs black-and-white images, "Deflate"
	 * works for grey.
	 */
	public static byte[] tiff(List<BufferedImage> pages, String compression, int dpi) throws IOException {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
		ImageWriteParam param = writer.getDefaultWriteParam();
		param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
		param.setCompressionType(compression);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
			writer.setOutput(stream);
			writer.prepareWriteSequence(null);
			for (BufferedImage page : pages) {
				IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(page), param);
				writer.writeToSequence(new IIOImage(page, null, withResolution(metadata, dpi)), param);
			}
			writer.endWriteSequence();
		}
		finally {
			writer.dispose();
		}
		return out.toByteArray();
	}

	private static IIOMetadata withResolution(IIOMetadata metadata, int dpi) throws IOException {
		TIFFDirectory directory = TIFFDirectory.createFromMetadata(metadata);
		BaselineTIFFTagSet tags = BaselineTIFFTagSet.getInstance();
		long[][] resolution = {{dpi, 1}};
		directory.addTIFFField(new TIFFField(tags.getTag(BaselineTIFFTagSet.TAG_X_RESOLUTION), TIFFTag.TIFF_RATIONAL, 1,
				resolution));
		directory.addTIFFField(new TIFFField(tags.getTag(BaselineTIFFTagSet.TAG_Y_RESOLUTION), TIFFTag.TIFF_RATIONAL, 1,
				resolution));
		directory.addTIFFField(new TIFFField(tags.getTag(BaselineTIFFTagSet.TAG_RESOLUTION_UNIT),
				BaselineTIFFTagSet.RESOLUTION_UNIT_INCH));
		return directory.getAsMetadata();
	}

	private static byte[] write(ImageWriter writer, List<IIOImage> images, ImageWriteParam param) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
			writer.setOutput(stream);
			for (IIOImage image : images) {
				writer.write(null, image, param);
			}
		}
		finally {
			writer.dispose();
		}
		return out.toByteArray();
	}
}
