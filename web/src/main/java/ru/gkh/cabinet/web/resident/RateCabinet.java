package ru.gkh.cabinet.web.resident;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import ru.gkh.cabinet.application.Refusal;
import ru.gkh.cabinet.application.residents.CabinetRatings;
import ru.gkh.cabinet.web.staff.Messages;

/** Оценка: the resident rates the cabinet and sees how everyone rated it. */
@Named
@ViewScoped
public class RateCabinet implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentAccount current;

    @EJB
    private CabinetRatings ratings;

    private String grade;
    private transient CabinetRatings.Results results;

    public CabinetRatings.Results getResults() {
        if (results == null) {
            results = ratings.results(current.login());
            if (grade == null) {
                grade = results.mine();
            }
        }
        return results;
    }

    public Map<String, String> getGrades() {
        return CabinetRatings.GRADES;
    }

    public void rate() {
        try {
            ratings.rate(current.login(), grade);
            results = null;
            Messages.info("Спасибо! Ваша оценка: " + CabinetRatings.GRADES.get(grade));
        } catch (Refusal e) {
            Messages.error(e.getMessage());
        }
    }

    public String getGrade() {
        getResults();
        return grade;
    }

    public void setGrade(String grade) {
        this.grade = grade;
    }
}
