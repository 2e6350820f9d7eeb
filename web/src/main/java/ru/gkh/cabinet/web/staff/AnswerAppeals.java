package ru.gkh.cabinet.web.staff;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.gkh.cabinet.application.Refusal;
import ru.gkh.cabinet.application.appeals.Appeals;
import ru.gkh.cabinet.web.security.CurrentStaff;

/** The operators' queue of appeals and paid-service orders: filters, answers and statuses; and the price list. */
@Named
@ViewScoped
public class AnswerAppeals implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 200;

    @Inject
    CurrentStaff staff;

    @Inject
    ActingOrganization acting;

    @EJB
    private Appeals appeals;

    private String kind = "";
    private String status = "";
    private final Map<Long, String> answers = new HashMap<>();
    private final Map<Long, String> statuses = new HashMap<>();
    private String serviceName;
    private String servicePrice;
    private String serviceUnit;
    private transient List<Appeals.AppealView> queue;

    public List<Appeals.AppealView> getQueue() {
        if (queue == null) {
            queue = appeals.queue(staff.member(), acting.code(), kind, status, SHOWN);
        }
        return queue;
    }

    public Map<String, String> getStatusLabels() {
        return Appeals.STATUSES;
    }

    public Map<String, String> getCategoryLabels() {
        return Appeals.CATEGORIES;
    }

    public void filter() {
        queue = null;
    }

    public void save(Appeals.AppealView q) {
        try {
            String to = statuses.getOrDefault(q.id(), q.status());
            appeals.answer(staff.member(), acting.code(), q.id(), to, answers.get(q.id()));
            Messages.info("Обращение " + q.id() + ": " + Appeals.STATUSES.get(to) + (answers.get(q.id()) == null
                    || answers.get(q.id()).isBlank() ? "" : ", житель получит ответ"));
            answers.remove(q.id());
            statuses.remove(q.id());
        } catch (Refusal e) {
            Messages.error(e.getMessage());
        }
        queue = null;
    }

    public List<Appeals.PriceItem> getPriceList() {
        return appeals.priceListForStaff(staff.member(), acting.code());
    }

    public void addService() {
        try {
            BigDecimal price;
            try {
                price = new BigDecimal(servicePrice == null ? "" : servicePrice.strip().replace(',', '.'));
            } catch (NumberFormatException e) {
                throw Refusal.invalid("Цена: «" + servicePrice + "» — не число");
            }
            appeals.addPriceItem(staff.member(), acting.code(), serviceName, price, serviceUnit);
            Messages.info("Услуга «" + serviceName.strip() + "» добавлена в прейскурант");
            serviceName = null;
            servicePrice = null;
            serviceUnit = null;
        } catch (Refusal e) {
            Messages.error(e.getMessage());
        }
    }

    public void removeService(Appeals.PriceItem item) {
        try {
            appeals.removePriceItem(staff.member(), acting.code(), item.id());
            Messages.info("Услуга «" + item.name() + "» убрана из прейскуранта");
        } catch (Refusal e) {
            Messages.error(e.getMessage());
        }
    }

    public Map<Long, String> getAnswers() {
        return answers;
    }

    public Map<Long, String> getStatuses() {
        return statuses;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind == null ? "" : kind;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status == null ? "" : status;
    }

    public String getServiceName() {
        return serviceName;
    }

    public void setServiceName(String serviceName) {
        this.serviceName = serviceName;
    }

    public String getServicePrice() {
        return servicePrice;
    }

    public void setServicePrice(String servicePrice) {
        this.servicePrice = servicePrice;
    }

    public String getServiceUnit() {
        return serviceUnit;
    }

    public void setServiceUnit(String serviceUnit) {
        this.serviceUnit = serviceUnit;
    }
}
