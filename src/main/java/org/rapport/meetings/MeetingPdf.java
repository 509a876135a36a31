package org.rapport.meetings;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The question list as a PDF to take to the meeting: A4, the plan (connector, organisation, purpose, length), the
 * ranked list numbered with each item's minutes and the minutes so far, must-ask and talking-point marks, the line
 * where the planned length runs out, lined space for notes, and "Prepared with Rapport" with page numbers on every
 * page. Pure: a {@link MeetingView} and the bundle in, bytes out.
 *
 * <p>It uses Helvetica from the PDF Standard 14 fonts, so no font file ships and every reader shows it. Those fonts
 * only cover the WinAnsi (Windows-1252) character set: any character outside it (Greek, Cyrillic, Chinese, emoji,
 * and so on) is printed as {@code ?} rather than failing the download. The printable web page shows such text as
 * typed.
 */
public final class MeetingPdf {

    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float MARGIN = 56;
    private static final float FOOTER_SPACE = 36;
    private static final float BODY = 11;
    private static final float SMALL = 9;
    private static final float TITLE = 18;
    private static final float HEADING = 13;
    private static final float LEADING = 1.35f;
    private static final float LABEL_WIDTH = 100;
    private static final float NUMBER_WIDTH = 24;
    private static final int NOTE_LINES = 8;

    private final ResourceBundle bundle;
    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final PDType1Font oblique = new PDType1Font(Standard14Fonts.FontName.HELVETICA_OBLIQUE);
    private final Map<Integer, Boolean> encodable = new HashMap<>();

    private PDDocument document;
    private PDPageContentStream content;
    private float y;

    private MeetingPdf(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** The list of {@code view} as PDF bytes, worded from {@code bundle} (Rapport's messages). */
    public static byte[] render(MeetingView view, ResourceBundle bundle) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(view, bundle, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Writes the PDF of {@code view} to {@code out} (which stays open). */
    public static void write(MeetingView view, ResourceBundle bundle, OutputStream out) throws IOException {
        new MeetingPdf(bundle).draw(view, out);
    }

    private void draw(MeetingView view, OutputStream out) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            document = doc;
            newPage();
            plan(view);
            list(view);
            notes();
            content.close();
            footers();
            doc.getDocumentInformation().setTitle(clean(text("meetingPrint.title", view.connectorName())));
            doc.getDocumentInformation().setCreator(clean(text("meetingPrint.footer")));
            doc.save(out);
        }
    }

    private void plan(MeetingView view) throws IOException {
        paragraph(text("meetingPrint.title", view.connectorName()), bold, TITLE, 0);
        y -= BODY * 0.5f;
        labelled(text("meetingPrint.connector"), view.connectorName());
        labelled(text("meetingPrint.organisation"),
                view.organisationName() == null ? text("meetingPrint.none") : view.organisationName());
        labelled(text("meetingPrint.purpose"), view.purpose());
        labelled(text("meetingPrint.length"), text("meetingPrint.minutes", view.plannedMinutes()));
    }

    private void list(MeetingView view) throws IOException {
        y -= BODY;
        paragraph(text("meetingPrint.listHeading"), bold, HEADING, 0);
        if (view.items().isEmpty()) {
            paragraph(text("meetingPrint.empty"), regular, BODY, 0);
            return;
        }
        paragraph(text("meetingPrint.total", view.totalMinutes(), view.plannedMinutes()), oblique, SMALL, 0);
        y -= SMALL * 0.5f;
        int soFar = 0;
        for (ListItem item : view.items()) {
            if (item.firstBelowLine()) {
                timeLine(view.plannedMinutes());
            }
            soFar += item.minutes();
            item(item, soFar);
        }
    }

    private void item(ListItem item, int soFar) throws IOException {
        float width = contentWidth() - NUMBER_WIDTH;
        List<String> lines = wrap(item.text(), regular, BODY, width);
        // The number and the first line stay together on one page.
        ensure(BODY * LEADING * Math.min(2, lines.size() + 1));
        show(item.rank() + ".", bold, BODY, MARGIN, y - BODY);
        for (String line : lines) {
            ensure(BODY * LEADING);
            show(line, regular, BODY, MARGIN + NUMBER_WIDTH, y - BODY);
            y -= BODY * LEADING;
        }
        StringBuilder meta = new StringBuilder();
        if (item.mustAsk()) {
            meta.append('[').append(text("meetingPrint.mustAsk")).append("] ");
        }
        if (item.isTalkingPoint()) {
            meta.append('[').append(text("meetingPrint.talkingPoint")).append("] ");
        }
        meta.append(text("meetingPrint.itemMinutes", item.minutes())).append(" \u00b7 ")
                .append(text("meetingPrint.cumulative", soFar));
        for (String line : wrap(meta.toString(), oblique, SMALL, width)) {
            ensure(SMALL * LEADING);
            show(line, oblique, SMALL, MARGIN + NUMBER_WIDTH, y - SMALL);
            y -= SMALL * LEADING;
        }
        y -= BODY * 0.5f;
    }

    private void timeLine(int plannedMinutes) throws IOException {
        ensure(BODY * LEADING * 3);
        y -= BODY * 0.25f;
        content.setLineWidth(1.2f);
        content.moveTo(MARGIN, y);
        content.lineTo(PAGE.getWidth() - MARGIN, y);
        content.stroke();
        y -= BODY * 0.5f;
        paragraph(text("meetingPrint.line", plannedMinutes), bold, BODY, 0);
        y -= BODY * 0.5f;
    }

    private void notes() throws IOException {
        y -= BODY;
        ensure(HEADING * LEADING + BODY * 2 * 3);
        paragraph(text("meetingPrint.notes"), bold, HEADING, 0);
        content.setLineWidth(0.4f);
        for (int i = 0; i < NOTE_LINES && y - BODY * 2 > MARGIN + FOOTER_SPACE; i++) {
            y -= BODY * 2;
            content.moveTo(MARGIN, y);
            content.lineTo(PAGE.getWidth() - MARGIN, y);
            content.stroke();
        }
    }

    /** "Prepared with Rapport" and "Page n of m" at the foot of every page, once the page count is known. */
    private void footers() throws IOException {
        int count = document.getNumberOfPages();
        String prepared = clean(text("meetingPrint.footer"));
        for (int i = 0; i < count; i++) {
            try (PDPageContentStream foot = new PDPageContentStream(document, document.getPage(i),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                String page = clean(text("meetingPrint.page", i + 1, count));
                foot.beginText();
                foot.setFont(regular, SMALL);
                foot.newLineAtOffset(MARGIN, MARGIN / 2);
                foot.showText(prepared);
                foot.newLineAtOffset(contentWidth() - width(page, regular, SMALL), 0);
                foot.showText(page);
                foot.endText();
            }
        }
    }

    private void labelled(String label, String value) throws IOException {
        List<String> lines = wrap(value, regular, BODY, contentWidth() - LABEL_WIDTH);
        ensure(BODY * LEADING);
        show(label, bold, BODY, MARGIN, y - BODY);
        for (String line : lines) {
            ensure(BODY * LEADING);
            show(line, regular, BODY, MARGIN + LABEL_WIDTH, y - BODY);
            y -= BODY * LEADING;
        }
    }

    private void paragraph(String text, PDType1Font font, float size, float indent) throws IOException {
        for (String line : wrap(text, font, size, contentWidth() - indent)) {
            ensure(size * LEADING);
            show(line, font, size, MARGIN + indent, y - size);
            y -= size * LEADING;
        }
    }

    private void show(String line, PDType1Font font, float size, float x, float baseline) throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, baseline);
        content.showText(line);
        content.endText();
    }

    /** Starts a new page when less than {@code height} is left above the footer. */
    private void ensure(float height) throws IOException {
        if (y - height < MARGIN + FOOTER_SPACE) {
            content.close();
            newPage();
        }
    }

    private void newPage() throws IOException {
        PDPage page = new PDPage(PAGE);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = PAGE.getHeight() - MARGIN;
    }

    private static float contentWidth() {
        return PAGE.getWidth() - 2 * MARGIN;
    }

    /**
     * The text broken into lines no wider than {@code width}: at the line breaks the person typed, then between
     * words, and inside a word only when the word alone is too wide.
     */
    private List<String> wrap(String text, PDType1Font font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : clean(text == null ? "" : text).split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" +")) {
                if (word.isEmpty()) {
                    continue;
                }
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(candidate, font, size) <= width) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                String rest = word;
                while (width(rest, font, size) > width) {
                    int cut = rest.length() - 1;
                    while (cut > 1 && width(rest.substring(0, cut), font, size) > width) {
                        cut--;
                    }
                    lines.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                line.append(rest);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private static float width(String text, PDType1Font font, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    /**
     * The text as the Standard 14 fonts can show it: line breaks normalised to {@code \n}, tabs and other controls as
     * spaces, and every character outside WinAnsi as {@code ?}.
     */
    private String clean(String text) {
        String normalised = text.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder(normalised.length());
        normalised.codePoints().forEach(cp -> {
            if (cp == '\n') {
                out.append('\n');
            } else if (Character.isISOControl(cp) || Character.isWhitespace(cp)) {
                out.append(' ');
            } else if (encodable.computeIfAbsent(cp, this::canEncode)) {
                out.appendCodePoint(cp);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    private boolean canEncode(int codePoint) {
        try {
            regular.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    /** The bundle's text; formatted (MessageFormat) only when there are arguments, as on the web pages. */
    private String text(String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(arguments);
    }
}
