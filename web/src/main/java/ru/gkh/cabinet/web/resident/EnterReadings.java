package ru.gkh.cabinet.web.resident;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.gkh.cabinet.application.Refusal;
import ru.gkh.cabinet.application.metering.MeterReadings;
import ru.gkh.cabinet.web.staff.Messages;

/**
 * Показания счётчиков: the readings for all meters at once, each refusal or question beside its field; the history
 * with where each reading came from; the consumption of the last twelve months per service.
 */
@Named
@ViewScoped
public class EnterReadings implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentAccount current;

    @EJB
    private MeterReadings readings;

    private final TypedReadings typed = new TypedReadings();
    private transient MeterReadings.Form form;
    private transient Map<String, List<Bar>> usage;

    public MeterReadings.Form getForm() {
        if (form == null && current.getId() != null) {
            form = readings.form(current.login(), current.getId(), LocalDate.now());
        }
        return form;
    }

    public List<MeterReadings.HistoryRow> getHistory() {
        return current.getId() == null ? List.of() : readings.history(current.login(), current.getId());
    }

    /** The consumption per service, each month with its share of the service's largest month (for the bars). */
    public Map<String, List<Bar>> getUsage() {
        if (usage != null) {
            return usage;
        }
        Map<String, List<Bar>> byService = new LinkedHashMap<>();
        usage = byService;
        if (current.getId() == null) {
            return byService;
        }
        List<MeterReadings.Usage> usage = readings.usage(current.login(), current.getId());
        Map<String, BigDecimal> max = new HashMap<>();
        usage.forEach(u -> max.merge(u.service(), u.volume(), BigDecimal::max));
        for (MeterReadings.Usage u : usage) {
            BigDecimal top = max.get(u.service());
            int percent = top.signum() == 0 ? 0 : u.volume().multiply(BigDecimal.valueOf(100)).divide(top, 0, java.math.RoundingMode.HALF_UP).intValue();
            byService.computeIfAbsent(u.service() + ", " + u.unit(), k -> new ArrayList<>()).add(new Bar(u, percent));
        }
        return byService;
    }

    /** One month's bar of the consumption chart. */
    public record Bar(MeterReadings.Usage usage, int percent) {
    }

    public void submit() {
        try {
            MeterReadings.Outcome o = readings.submit(current.login(), current.getId(), typed.typed(), LocalDate.now());
            typed.checked(o);
            if (!o.accepted()) {
                Messages.error(typed.refusedMessage("Показания не приняты"));
                return;
            }
            if (o.saved() == 0) {
                Messages.error("Введите показания хотя бы одного счётчика");
                return;
            }
            Messages.info("Показания приняты (" + o.saved() + ")" + (o.nextPeriod()
                    ? ". Сейчас вне окна приёма показаний: они будут учтены в расчёте за " + RussianFormat.month(o.period())
                    : " и будут учтены в расчёте за " + RussianFormat.month(o.period())) + ".");
            form = null;
        } catch (Refusal e) {
            Messages.error(e.getMessage());
        }
    }

    public void delete(MeterReadings.MeterRow m) {
        try {
            readings.delete(current.login(), current.getId(), m.id(), LocalDate.now());
            Messages.info("Показание счётчика " + m.serial() + " удалено");
            form = null;
        } catch (Refusal e) {
            Messages.error(e.getMessage());
        }
    }

    /** The form's fields and the check's word on each. */
    public TypedReadings getTyped() {
        return typed;
    }
}
