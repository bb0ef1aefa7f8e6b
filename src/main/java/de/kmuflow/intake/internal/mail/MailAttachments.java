package de.kmuflow.intake.internal.mail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.util.ArrayList;
import java.util.List;

import de.kmuflow.document.ContentTypes;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimePart;
import jakarta.mail.internet.MimeUtility;

/**
 * The attachments of a mail: every part that is not the text of the mail itself. Pictures inside
 * an HTML body (logos in a signature, referenced by Content-ID) are not attachments; a forwarded
 * mail's attachments are.
 */
final class MailAttachments {

	/** Forwarded mails inside forwarded mails: deep enough for real mail, bounded for hostile mail. */
	private static final int MAX_NESTING = 3;

	private final ContentTypes contentTypes = new ContentTypes();

	List<MailAttachment> of(Part message) throws MessagingException, IOException {
		List<MailAttachment> attachments = new ArrayList<>();
		collect(message, attachments, 0);
		return attachments;
	}

	private void collect(Part part, List<MailAttachment> into, int depth) throws MessagingException, IOException {
		if (part.isMimeType("multipart/*")) {
			Multipart multipart = (Multipart) part.getContent();
			for (int i = 0; i < multipart.getCount(); i++) {
				collect(multipart.getBodyPart(i), into, depth);
			}
		}
		else if (part.isMimeType("message/rfc822") && depth < MAX_NESTING) {
			collect((Part) part.getContent(), into, depth + 1);
		}
		else if (isAttachment(part)) {
			byte[] content;
			try (InputStream in = part.getInputStream()) {
				content = in.readAllBytes();
			}
			into.add(new MailAttachment(nameOf(part, into.size() + 1), content, contentTypes.detect(content)));
		}
	}

	private static boolean isAttachment(Part part) throws MessagingException {
		String fileName = part.getFileName();
		if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
			return true;
		}
		if (fileName == null && (part.isMimeType("text/plain") || part.isMimeType("text/html"))) {
			return false; // the mail's own text
		}
		boolean pictureInBody = part instanceof MimePart mime && mime.getContentID() != null
				&& part.isMimeType("image/*");
		return !pictureInBody;
	}

	private static String nameOf(Part part, int number) throws MessagingException {
		String name = part.getFileName();
		if (name == null || name.isBlank()) {
			return "anhang-" + number;
		}
		try {
			return MimeUtility.decodeText(name);
		}
		catch (UnsupportedEncodingException e) {
			return name;
		}
	}
}
