package ru.gkh.cabinet.web.resident;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.gkh.cabinet.application.metering.MeterReadings;

/**
 * What a resident typed into a form of readings, by meter id (the value, "rolled over zero", "yes, it is right"), and
 * what the check said of each (a refusal, or a question to confirm): the state Показания and Оплатить share.
 */
public class TypedReadings implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<Long, String> values = new HashMap<>();
    private final Map<Long, Boolean> rollOver = new HashMap<>();
    private final Map<Long, Boolean> confirmed = new HashMap<>();
    private final Map<Long, String> refusals = new HashMap<>();
    private final Map<Long, String> questions = new HashMap<>();

    /** The readings typed (empty fields left out), as the check takes them. */
    public List<MeterReadings.Typed> typed() {
        List<MeterReadings.Typed> typed = new ArrayList<>();
        values.forEach((id, v) -> {
            if (v != null && !v.isBlank()) {
                typed.add(new MeterReadings.Typed(id, v, Boolean.TRUE.equals(rollOver.get(id)), Boolean.TRUE.equals(confirmed.get(id))));
            }
        });
        return typed;
    }

    /** Keeps the check's word on each field; once accepted, the form starts empty. */
    public void checked(MeterReadings.Outcome outcome) {
        refusals.clear();
        refusals.putAll(outcome.refusals());
        questions.clear();
        questions.putAll(outcome.toConfirm());
        if (outcome.accepted()) {
            values.clear();
            rollOver.clear();
            confirmed.clear();
        }
    }

    /** The message over a refused form. */
    public String refusedMessage(String what) {
        return what + ": исправьте отмеченные поля" + (questions.isEmpty() ? "" : " или подтвердите их");
    }

    public Map<Long, String> getValues() {
        return values;
    }

    public Map<Long, Boolean> getRollOver() {
        return rollOver;
    }

    public Map<Long, Boolean> getConfirmed() {
        return confirmed;
    }

    public Map<Long, String> getRefusals() {
        return refusals;
    }

    public Map<Long, String> getQuestions() {
        return questions;
    }
}
