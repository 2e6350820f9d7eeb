package ru.gkh.cabinet.web.api;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.YearMonth;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import ru.gkh.cabinet.application.billing.Turnover;

/**
 * The turnover statement as an XLSX sheet for people who open it in a spreadsheet: the CSV's columns, money and
 * volumes as numbers (a spreadsheet's numbers are binary; turnover.csv stays the exact record). Streamed (SXSSF keeps
 * 100 rows in memory), so a million rows fit.
 */
final class TurnoverWorkbook {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int[] NUMERIC = {3, 4, 5, 6, 7, 8, 9};

    private TurnoverWorkbook() {
    }

    static void write(Turnover turnover, long organizationId, YearMonth month, OutputStream out) throws IOException {
        SXSSFWorkbook book = new SXSSFWorkbook(100);
        try {
            Sheet sheet = book.createSheet("Оборотная ведомость " + month);
            CellStyle money = book.createCellStyle();
            money.setDataFormat(book.createDataFormat().getFormat("#,##0.00"));
            CellStyle volume = book.createCellStyle();
            volume.setDataFormat(book.createDataFormat().getFormat("0.000000"));
            Row header = sheet.createRow(0);
            String[] names = Turnover.HEADER.split(";");
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            int[] next = {1};
            turnover.each(organizationId, month, fields -> {
                Row row = sheet.createRow(next[0]++);
                for (int i = 0; i < fields.length; i++) {
                    Cell cell = row.createCell(i);
                    if (isNumeric(i) && !fields[i].isEmpty()) {
                        cell.setCellValue(new BigDecimal(fields[i]).doubleValue());
                        cell.setCellStyle(i == 4 || i == 5 ? volume : money);
                    } else {
                        cell.setCellValue(fields[i]);
                    }
                }
            });
            book.write(out);
        } finally {
            book.dispose();
            book.close();
        }
    }

    private static boolean isNumeric(int column) {
        for (int n : NUMERIC) {
            if (n == column) {
                return true;
            }
        }
        return false;
    }
}
