package ru.gkh.cabinet.web.resident;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ru.gkh.cabinet.application.Refusal;
import ru.gkh.cabinet.application.appeals.Appeals;
import ru.gkh.cabinet.domain.model.appeal.AttachedFile;
import ru.gkh.cabinet.web.staff.Messages;

/** Обращения and Заявки на платные услуги: writing to the company, ordering a paid service, and the answers. */
@Named
@ViewScoped
public class WriteAppeals implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentAccount current;

    @EJB
    private Appeals appeals;

    private String category;
    private String text;
    private String channel = "EMAIL";
    private transient List<Part> files;
    private Long service;
    private String desiredAt;
    private String orderText;
    private String orderChannel = "EMAIL";
    private transient List<Appeals.AppealView> mine;

    public List<Appeals.AppealView> getMine() {
        if (mine == null) {
            mine = current.getId() == null ? List.of() : appeals.mine(current.login(), current.getId());
        }
        return mine;
    }

    public List<Appeals.PriceItem> getPriceList() {
        return current.getId() == null ? List.of() : appeals.priceList(current.login(), current.getId());
    }

    public Map<String, String> getCategories() {
        return Appeals.CATEGORIES;
    }

    public void send() {
        try {
            long id = appeals.file(current.login(), current.getId(), new Appeals.NewAppeal("APPEAL", category, null, null, text, channel,
                    uploads()));
            Messages.info("Обращение № " + id + " отправлено. Ответ придёт " + ("SMS".equals(channel) ? "по SMS" : "на электронную почту")
                    + " и появится здесь.");
            category = null;
            text = null;
            mine = null;
        } catch (Refusal e) {
            for (String problem : e.getMessage().split("; ")) {
                Messages.error(problem);
            }
        }
    }

    public void order() {
        LocalDateTime when = null;
        if (desiredAt != null && !desiredAt.isBlank()) {
            try {
                when = LocalDateTime.parse(desiredAt.strip());
            } catch (DateTimeParseException e) {
                Messages.error("Желаемые дата и время: «" + desiredAt.strip() + "» — не дата и время");
                return;
            }
        }
        try {
            long id = appeals.file(current.login(), current.getId(), new Appeals.NewAppeal("PAID_SERVICE", null, service, when, orderText,
                    orderChannel, List.of()));
            Messages.info("Заявка № " + id + " принята. Управляющая организация подтвердит время " + ("SMS".equals(orderChannel) ? "по SMS"
                    : "письмом") + ".");
            service = null;
            desiredAt = null;
            orderText = null;
            mine = null;
        } catch (Refusal e) {
            for (String problem : e.getMessage().split("; ")) {
                Messages.error(problem);
            }
        }
    }

    /** The uploaded files, read at most a little past the limit (a larger one is refused by its size). */
    private List<Appeals.Upload> uploads() {
        List<Appeals.Upload> list = new ArrayList<>();
        if (files == null) {
            return list;
        }
        for (Part p : files) {
            if (p == null || p.getSize() == 0 && (p.getSubmittedFileName() == null || p.getSubmittedFileName().isBlank())) {
                continue;
            }
            try (InputStream in = p.getInputStream()) {
                list.add(new Appeals.Upload(p.getSubmittedFileName(), in.readNBytes(AttachedFile.MAX_BYTES + 1)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return list;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }

    public List<Part> getFiles() {
        return files;
    }

    public void setFiles(List<Part> files) {
        this.files = files;
    }

    public Long getService() {
        return service;
    }

    public void setService(Long service) {
        this.service = service;
    }

    public String getDesiredAt() {
        return desiredAt;
    }

    public void setDesiredAt(String desiredAt) {
        this.desiredAt = desiredAt;
    }

    public String getOrderText() {
        return orderText;
    }

    public void setOrderText(String orderText) {
        this.orderText = orderText;
    }

    public String getOrderChannel() {
        return orderChannel;
    }

    public void setOrderChannel(String orderChannel) {
        this.orderChannel = orderChannel;
    }
}
