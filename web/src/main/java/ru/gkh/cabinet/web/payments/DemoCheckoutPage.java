package ru.gkh.cabinet.web.payments;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import ru.gkh.cabinet.infrastructure.payment.DemoAcquirer;

/** The demo acquirer's card page: plain HTML (it stands for another company's site, so it uses nothing of the cabinet's JSF). */
final class DemoCheckoutPage {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(ZoneId.systemDefault());

    private DemoCheckoutPage() {
    }

    static String render(DemoAcquirer.Payment p, String contextPath) {
        StringBuilder h = new StringBuilder("<!DOCTYPE html><html lang=\"ru\"><head><meta charset=\"UTF-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Демо-эквайер: оплата картой</title>"
                + "<link rel=\"stylesheet\" href=\"" + contextPath + "/jakarta.faces.resource/css/cabinet.css.xhtml\"></head><body>"
                + "<main class=\"content\"><h1>Демо-эквайер</h1>"
                + "<p class=\"panel\">Учебная страница оплаты: деньги не списываются, данные карты не сохраняются. Так выглядит "
                + "переход на страницу платёжного сервиса.</p><div class=\"panel\">");
        h.append("<p id=\"what\">").append(esc(p.description() == null ? "Оплата" : p.description())).append("</p>");
        h.append("<p id=\"amount\"><strong>К оплате: ").append(p.amount().setScale(2).toPlainString().replace('.', ',')).append(" руб.</strong></p>");
        h.append("<p id=\"status\">Состояние: ").append(switch (p.status()) {
            case "pending" -> "ожидает оплаты";
            case "succeeded" -> "оплачен " + (p.capturedAt() == null ? "" : TIME.format(p.capturedAt()));
            case "canceled" -> "отменён (" + esc(p.cancellationReason()) + ")";
            default -> esc(p.status());
        }).append("</p></div>");
        String action = contextPath + "/api/demo-acquirer/checkout/" + esc(p.id());
        if (p.status().equals("pending")) {
            h.append("<form method=\"post\" action=\"").append(action).append("\" class=\"panel form-grid\">")
                    .append("<label for=\"card\">Номер карты</label><input id=\"card\" name=\"card\" inputmode=\"numeric\" autocomplete=\"off\" value=\"4111 1111 1111 1111\">")
                    .append("<label for=\"notify\">Уведомление магазину</label><select id=\"notify\" name=\"notify\">")
                    .append("<option value=\"ONCE\">одно, сразу</option><option value=\"TWICE\">дважды</option>")
                    .append("<option value=\"LATE\">с опозданием</option><option value=\"NONE\">не отправлять</option></select>")
                    .append("<span></span><span><button id=\"pay\" class=\"btn\" name=\"action\" value=\"pay\">Оплатить</button> ")
                    .append("<button id=\"decline\" class=\"btn\" name=\"action\" value=\"decline\">Банк отклонил карту</button></span></form>");
        } else if (p.status().equals("succeeded")) {
            h.append("<form method=\"post\" action=\"").append(action).append("\" class=\"panel\">")
                    .append("<input type=\"hidden\" name=\"notify\" value=\"ONCE\">")
                    .append("<button id=\"cancel\" class=\"btn\" name=\"action\" value=\"cancel\">Отменить оплату (как эквайер после спора)</button></form>");
        }
        h.append("<p><a id=\"back\" href=\"").append(esc(p.returnUrl())).append("\">Вернуться в магазин</a></p></main></body></html>");
        return h.toString();
    }

    private static String esc(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
