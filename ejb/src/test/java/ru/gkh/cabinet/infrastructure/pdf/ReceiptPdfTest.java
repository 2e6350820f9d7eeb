package ru.gkh.cabinet.infrastructure.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import ru.gkh.cabinet.domain.model.receipt.ReceiptDocument;

/** Renders a receipt and reads it back as a person and a banking app would: the text, and the QR codes on the page. */
class ReceiptPdfTest {

    private final ReceiptDocument receipt = ru.gkh.cabinet.domain.model.receipt.ReceiptDocumentTest.october();

    @Test
    void theTextCopiedFromThePdfHasTheNamesLinesAndTotals() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(ReceiptPdf.render(receipt))) {
            assertEquals(1, pdf.getNumberOfPages());
            String text = new PDFTextStripper().getText(pdf);
            for (String expected : new String[] {"ЕДИНЫЙ ПЛАТЁЖНЫЙ ДОКУМЕНТ за октябрь 2026", "Лицевой счёт: 100200301",
                "Иванов Иван Иванович", "ООО «УК Северная|Звезда»", "ИНН 5401234567", "Холодное водоснабжение", "поставщик: МУП «Горводоканал»",
                "перерасчёт: поверка счётчика", "4,745", "105,35", "23,17", "-100,00", "2 523,17", "ИТОГО К ОПЛАТЕ: 2 532,67 руб.",
                "Пени: 9,50 руб.", "Оплачено в периоде: 900,00 руб.", "ХВ-1001", "125,245", "Оплатить до 15.11.2026", "Аварийная служба: +7 383 200-00-01"}) {
                assertTrue(text.contains(expected), () -> "«" + expected + "» not in:\n" + text);
            }
        }
    }

    @Test
    void bothQrCodesOnThePageDecodeToTheGostStringWithTheTotal() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(ReceiptPdf.render(receipt))) {
            BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(0, 200);
            Result[] codes = new QRCodeMultiReader().decodeMultiple(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page))),
                    Map.of(DecodeHintType.TRY_HARDER, true, DecodeHintType.CHARACTER_SET, "UTF-8"));
            assertEquals(2, codes.length, () -> Arrays.toString(codes));
            for (Result code : codes) {
                assertEquals(receipt.qr().text(), code.getText());
                assertTrue(code.getText().contains("|Sum=253267|"));
            }
        }
    }
}
