package ru.gkh.cabinet.infrastructure.pdf;

import static ru.gkh.cabinet.domain.model.receipt.RussianNumbers.money;
import static ru.gkh.cabinet.domain.model.receipt.RussianNumbers.rate;
import static ru.gkh.cabinet.domain.model.receipt.RussianNumbers.volume;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.BadElementException;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.ImgRaw;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import ru.gkh.cabinet.domain.model.organization.OrganizationDetails;
import ru.gkh.cabinet.domain.model.receipt.ReceiptDocument;

/**
 * Draws a {@link ReceiptDocument} as an A4 PDF in Russian: payee and payer, the services table, meters, the month's
 * money with the payment QR code, and a cut-off payment slip with the same code. Text is real text in an embedded
 * Liberation Sans (Cyrillic; it has no ₽ glyph, hence «руб.»; bold is drawn from the same font, so one subset is
 * embedded per document, not two), so a reader's "copy text" gives the words; the QR code is a one-bit image.
 * Thread-safe: the fonts are made once from bytes read once and shared (made from a path, OpenPDF would reread the
 * file for every document).
 */
public final class ReceiptPdf {

    private static final BaseFont REGULAR = font("liberation/LiberationSans-Regular.ttf");
    private static final Font TEXT = new Font(REGULAR, 8);
    private static final Font SMALL = new Font(REGULAR, 6.5f, Font.NORMAL, Color.DARK_GRAY);
    private static final Font STRONG = new Font(REGULAR, 8, Font.BOLD);
    private static final Font TITLE = new Font(REGULAR, 11, Font.BOLD);
    private static final Font DUE = new Font(REGULAR, 13, Font.BOLD);
    private static final Color SHADE = new Color(235, 238, 242);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("LLLL yyyy", Locale.forLanguageTag("ru"));
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    /**
     * UTF-8 as the code's header says (encoding 2), level M, and a fixed mask: any of the eight masks is valid, and
     * trying all eight for the "best" one was most of a receipt's rendering time.
     */
    private static final Map<EncodeHintType, Object> QR_HINTS = new java.util.EnumMap<>(Map.of(EncodeHintType.CHARACTER_SET, "UTF-8",
            EncodeHintType.QR_MASK_PATTERN, 4));
    /** The quiet zone around the code, in modules. */
    private static final int QR_MARGIN = 2;

    private ReceiptPdf() {
    }

    public static byte[] render(ReceiptDocument r) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        Document doc = new Document(PageSize.A4, 28, 28, 24, 24);
        try {
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            doc.addTitle("Квитанция за " + MONTH.format(r.period()) + ", л/с " + r.payer().accountNumber());
            doc.addCreator("Личный кабинет ЖКХ");
            doc.open();
            // One code, stored once, shown twice: on the receipt and on the slip.
            Image qr = qrImage(r.qr().text());
            doc.add(new Paragraph("ЕДИНЫЙ ПЛАТЁЖНЫЙ ДОКУМЕНТ за " + MONTH.format(r.period()), TITLE));
            doc.add(new Paragraph("Оплатить до " + DATE.format(r.dueDate()) + " включительно", TEXT));
            doc.add(parties(r));
            doc.add(services(r));
            if (!r.meters().isEmpty()) {
                doc.add(meters(r));
            }
            doc.add(summary(r, image(qr, 104)));
            cutLine(doc, writer);
            doc.add(slip(r, image(qr, 92)));
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Квитанция л/с " + r.payer().accountNumber() + " не сформирована: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private static PdfPTable parties(ReceiptDocument r) {
        OrganizationDetails p = r.payee();
        PdfPTable t = table(new float[] {1, 1});
        t.setSpacingBefore(6);
        PdfPCell payee = box();
        payee.addElement(new Paragraph("Получатель платежа", STRONG));
        payee.addElement(line(p.name()));
        payee.addElement(line(join("ИНН ", p.inn(), "  КПП ", p.kpp())));
        payee.addElement(line(join("Р/с ", p.settlementAccount(), " в ", p.bankName())));
        payee.addElement(line(join("БИК ", p.bic(), "  К/с ", p.correspondentAccount())));
        payee.addElement(line(join("Адрес: ", p.address())));
        payee.addElement(line(join("Телефон: ", p.phone())));
        payee.addElement(line(join("Аварийная служба: ", p.emergencyPhone())));
        payee.addElement(line(join("Сайт: ", p.website())));
        t.addCell(payee);
        PdfPCell payer = box();
        ReceiptDocument.Payer a = r.payer();
        payer.addElement(new Paragraph("Плательщик", STRONG));
        payer.addElement(new Paragraph("Лицевой счёт: " + a.accountNumber(), STRONG));
        payer.addElement(line("ФИО: " + a.holder()));
        payer.addElement(line("Адрес: " + a.address()));
        payer.addElement(line("Общая площадь: " + volume(a.area()) + " м²"));
        payer.addElement(line("Проживает: " + a.residents() + " чел."));
        payer.addElement(line("Расчётный период: " + MONTH.format(r.period())));
        payer.addElement(line("Срок оплаты: до " + DATE.format(r.dueDate())));
        t.addCell(payer);
        return t;
    }

    private static PdfPTable services(ReceiptDocument r) {
        PdfPTable t = table(new float[] {3.4f, 0.8f, 1.1f, 1.1f, 1.2f, 1.1f, 1.0f, 1.2f, 1.2f});
        t.setSpacingBefore(8);
        t.setHeaderRows(1);
        for (String h : new String[] {"Услуга", "Ед.", "Объём", "Тариф, руб.", "Начислено, руб.", "Объём ОДН", "ОДН, руб.", "Перерасчёт, руб.", "Итого, руб."}) {
            PdfPCell c = cell(h, STRONG, Element.ALIGN_CENTER);
            c.setBackgroundColor(SHADE);
            t.addCell(c);
        }
        for (ReceiptDocument.Line l : r.lines()) {
            PdfPCell name = new PdfPCell();
            name.setPadding(2);
            Paragraph text = new Paragraph(l.service(), TEXT);
            if (l.provider() != null) {
                text.add(new Chunk("\nпоставщик: " + l.provider(), SMALL));
            }
            if (l.reason() != null) {
                text.add(new Chunk("\nперерасчёт: " + l.reason(), SMALL));
            }
            name.addElement(text);
            t.addCell(name);
            t.addCell(cell(l.unit(), TEXT, Element.ALIGN_CENTER));
            t.addCell(number(volume(l.volume())));
            t.addCell(number(rate(l.rate())));
            t.addCell(number(money(l.amount())));
            t.addCell(number(volume(l.commonVolume())));
            t.addCell(number(money(l.commonAmount())));
            t.addCell(number(money(l.recalculated())));
            t.addCell(cell(money(l.total()), STRONG, Element.ALIGN_RIGHT));
        }
        PdfPCell label = cell("Всего за " + MONTH.format(r.period()), STRONG, Element.ALIGN_LEFT);
        label.setColspan(4);
        t.addCell(label);
        t.addCell(cell(money(r.lines().stream().map(ReceiptDocument.Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add)), STRONG,
                Element.ALIGN_RIGHT));
        t.addCell(cell("", TEXT, Element.ALIGN_RIGHT));
        t.addCell(cell(money(r.charged().subtract(r.lines().stream().map(ReceiptDocument.Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add))),
                STRONG, Element.ALIGN_RIGHT));
        t.addCell(cell(money(r.recalculated()), STRONG, Element.ALIGN_RIGHT));
        t.addCell(cell(money(r.charged().add(r.recalculated())), STRONG, Element.ALIGN_RIGHT));
        return t;
    }

    private static PdfPTable meters(ReceiptDocument r) {
        PdfPTable t = table(new float[] {2, 3, 1.5f, 1.5f});
        t.setSpacingBefore(8);
        for (String h : new String[] {"Счётчик №", "Услуга", "Предыдущие показания", "Текущие показания"}) {
            PdfPCell c = cell(h, STRONG, Element.ALIGN_CENTER);
            c.setBackgroundColor(SHADE);
            t.addCell(c);
        }
        for (ReceiptDocument.MeterRow m : r.meters()) {
            t.addCell(cell(m.serial(), TEXT, Element.ALIGN_LEFT));
            t.addCell(cell(m.service(), TEXT, Element.ALIGN_LEFT));
            t.addCell(number(m.previous() == null ? "—" : volume(m.previous())));
            t.addCell(number(m.current() == null ? "не переданы" : volume(m.current())));
        }
        return t;
    }

    private static PdfPTable summary(ReceiptDocument r, Image qr) {
        PdfPTable t = table(new float[] {3, 1.4f, 1.6f});
        t.setSpacingBefore(8);
        PdfPCell money = box();
        money.addElement(row("Задолженность (аванс −) на начало периода", r.opening()));
        money.addElement(row("Начислено за период", r.charged()));
        money.addElement(row("Перерасчёты", r.recalculated()));
        money.addElement(row("Пени", r.lateFee()));
        money.addElement(row("Оплачено в периоде", r.paid()));
        Paragraph due = new Paragraph("ИТОГО К ОПЛАТЕ: " + money(r.totalDue()) + " руб.", DUE);
        due.setSpacingBefore(4);
        money.addElement(due);
        if (r.closing().signum() < 0) {
            money.addElement(line("Аванс на конец периода: " + money(r.closing().negate()) + " руб."));
        }
        money.addElement(line("Оплатить до " + DATE.format(r.dueDate()) + ". Оплата по QR-коду в приложении любого банка."));
        money.setColspan(2);
        t.addCell(money);
        PdfPCell code = new PdfPCell(qr, false);
        code.setHorizontalAlignment(Element.ALIGN_CENTER);
        code.setVerticalAlignment(Element.ALIGN_MIDDLE);
        code.setBorder(Rectangle.BOX);
        t.addCell(code);
        return t;
    }

    private static PdfPTable slip(ReceiptDocument r, Image qr) {
        PdfPTable t = table(new float[] {1.3f, 4});
        t.setSpacingBefore(4);
        PdfPCell left = new PdfPCell();
        left.addElement(new Paragraph("ИЗВЕЩЕНИЕ", STRONG));
        left.addElement(qr);
        t.addCell(left);
        PdfPCell right = box();
        OrganizationDetails p = r.payee();
        right.addElement(new Paragraph(p.name(), STRONG));
        right.addElement(line(join("ИНН ", p.inn(), "  КПП ", p.kpp(), "  Р/с ", p.settlementAccount())));
        right.addElement(line(join("", p.bankName(), "  БИК ", p.bic(), "  К/с ", p.correspondentAccount())));
        right.addElement(line("Лицевой счёт: " + r.payer().accountNumber() + "   Плательщик: " + r.payer().holder()));
        right.addElement(line("Адрес: " + r.payer().address()));
        right.addElement(line("Период: " + MONTH.format(r.period()) + "   Оплатить до " + DATE.format(r.dueDate())));
        Paragraph sum = new Paragraph("Сумма к оплате: " + money(r.totalDue()) + " руб.", DUE);
        sum.setSpacingBefore(4);
        right.addElement(sum);
        right.addElement(line("Подпись плательщика ____________________   Дата ____________"));
        t.addCell(right);
        return t;
    }

    /** A dashed line across the page with its label, where the slip is cut off. */
    private static void cutLine(Document doc, PdfWriter writer) throws DocumentException {
        Paragraph label = new Paragraph("линия отреза", SMALL);
        label.setAlignment(Element.ALIGN_RIGHT);
        label.setSpacingBefore(10);
        doc.add(label);
        float y = writer.getVerticalPosition(true) + 1;
        PdfContentByte cb = writer.getDirectContent();
        cb.saveState();
        cb.setLineDash(3, 3, 0);
        cb.setLineWidth(0.5f);
        cb.moveTo(doc.left(), y);
        cb.lineTo(doc.right() - 50, y);
        cb.stroke();
        cb.restoreState();
    }

    /**
     * The QR code as a one-bit image, one pixel a module, with a quiet zone of two modules, stored once per document
     * however often it appears and scaled where it is shown. A viewer draws it without smoothing (the image asks for
     * no interpolation), so the modules stay sharp at any size. As vector squares, one rectangle per run of dark
     * modules, the code was a third of the page's content stream and a tenth of a receipt's rendering time.
     */
    static Image qrImage(String text) {
        ByteMatrix m;
        try {
            m = Encoder.encode(text, ErrorCorrectionLevel.M, QR_HINTS).getMatrix();
        } catch (WriterException e) {
            throw new IllegalArgumentException("QR-код не построен: " + e.getMessage(), e);
        }
        int size = m.getWidth();
        int n = size + 2 * QR_MARGIN;
        int rowBytes = (n + 7) / 8;
        // DeviceGray at one bit a pixel: 1 is white, 0 is black; rows are whole bytes.
        byte[] pixels = new byte[rowBytes * n];
        java.util.Arrays.fill(pixels, (byte) 0xFF);
        for (int y = 0; y < size; y++) {
            int row = (y + QR_MARGIN) * rowBytes;
            for (int x = 0; x < size; x++) {
                if (m.get(x, y) == 1) {
                    int column = x + QR_MARGIN;
                    pixels[row + column / 8] &= (byte) ~(0x80 >>> (column % 8));
                }
            }
        }
        try {
            // A raw image, deflated as the page is: Image.getInstance would encode it as a fax (CCITT G4) instead,
            // which took as long as the rest of the code.
            Image image = new ImgRaw(n, n, 1, 1, pixels);
            image.setInterpolation(false);
            return image;
        } catch (BadElementException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same stored image, shown at {@code size} points square. */
    private static Image image(Image qr, float size) {
        Image shown = Image.getInstance(qr);
        shown.scaleAbsolute(size, size);
        return shown;
    }

    private static Paragraph row(String label, BigDecimal amount) {
        Paragraph p = new Paragraph();
        p.add(new Chunk(label + ": ", TEXT));
        p.add(new Chunk(money(amount) + " руб.", STRONG));
        return p;
    }

    private static Paragraph line(String text) {
        Paragraph p = new Paragraph(text, TEXT);
        p.setLeading(10);
        return p;
    }

    private static PdfPTable table(float[] widths) {
        PdfPTable t = new PdfPTable(widths);
        t.setWidthPercentage(100);
        return t;
    }

    private static PdfPCell box() {
        PdfPCell c = new PdfPCell();
        c.setPadding(4);
        c.setPaddingTop(0);
        return c;
    }

    private static PdfPCell cell(String text, Font font, int align) {
        PdfPCell c = new PdfPCell(new Phrase(text, font));
        c.setHorizontalAlignment(align);
        c.setVerticalAlignment(Element.ALIGN_MIDDLE);
        c.setPadding(2);
        return c;
    }

    private static PdfPCell number(String text) {
        return cell(text, TEXT, Element.ALIGN_RIGHT);
    }

    /** Joins label/value pairs, leaving out the pairs whose value is missing. */
    private static String join(String... labelsAndValues) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i + 1 < labelsAndValues.length; i += 2) {
            if (labelsAndValues[i + 1] != null) {
                s.append(s.length() == 0 ? labelsAndValues[i].stripLeading() : labelsAndValues[i]).append(labelsAndValues[i + 1]);
            }
        }
        return s.toString();
    }

    /** A font embedded as a subset of the glyphs a document uses, from the class path (openpdf-fonts-extra). */
    private static BaseFont font(String resource) {
        try (InputStream in = ReceiptPdf.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font " + resource + " is not on the class path (openpdf-fonts-extra)");
            }
            return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
    }
}
