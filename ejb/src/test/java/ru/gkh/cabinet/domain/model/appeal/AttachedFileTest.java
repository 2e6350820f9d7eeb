package ru.gkh.cabinet.domain.model.appeal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttachedFileTest {

    @Test
    void theTypeComesFromTheFirstBytes() {
        assertEquals("image/jpeg", AttachedFile.of("фото.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x00}).contentType());
        assertEquals("image/png", AttachedFile.of("a.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0}).contentType());
        assertEquals("application/pdf", AttachedFile.of("акт.pdf", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII)).contentType());
        // A script named like a photo is refused.
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AttachedFile.of("photo.jpg", "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)));
        assertEquals("Файл «photo.jpg»: можно приложить фотографию (JPEG, PNG) или документ PDF", e.getMessage());
    }

    @Test
    void sizeAndCountAreLimited() {
        byte[] big = new byte[AttachedFile.MAX_BYTES + 1];
        big[0] = '%';
        assertEquals("Файл «big.pdf»: больше 5 МБ", assertThrows(IllegalArgumentException.class, () -> AttachedFile.of("big.pdf", big)).getMessage());
        assertEquals("Файл «x.pdf»: пустой", assertThrows(IllegalArgumentException.class, () -> AttachedFile.of("x.pdf", new byte[0])).getMessage());
        assertEquals("Вложения: не больше 3 файлов",
                assertThrows(IllegalArgumentException.class, () -> AttachedFile.checkCount(List.of(1, 2, 3, 4))).getMessage());
    }

    @Test
    void theNameKeepsOnlyHarmlessCharacters() {
        assertEquals("evil_.pdf", AttachedFile.safeName("C:\\Users\\..\\evil\".pdf"));
        assertEquals("passwd", AttachedFile.safeName("../../etc/passwd"));
        assertEquals("Протечка в ванной 1.jpg", AttachedFile.safeName("Протечка в ванной 1.jpg"));
        assertEquals("файл", AttachedFile.safeName(".."));
    }
}
