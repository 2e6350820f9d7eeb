package ru.gkh.cabinet.web.staff;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import ru.gkh.cabinet.application.Refusal;
import ru.gkh.cabinet.application.news.NewsBoard;
import ru.gkh.cabinet.web.resident.NewsEdition;
import ru.gkh.cabinet.web.security.CurrentStaff;

/** Operators publish news for every building of the company or for chosen ones; subscribers get it by email or SMS. */
@Named
@ViewScoped
public class PublishNews implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentStaff staff;

    @Inject
    ActingOrganization acting;

    @EJB
    private NewsBoard news;

    @Inject
    NewsEdition edition;

    private String title;
    private String body;
    private List<Long> buildings = new ArrayList<>();

    public List<NewsBoard.Item> getPublished() {
        return news.published(staff.member(), acting.code(), 50);
    }

    public List<NewsBoard.Building> getBuildingChoices() {
        return news.buildings(staff.member(), acting.code());
    }

    public void publish() {
        try {
            int queued = news.publish(staff.member(), acting.code(), title, body, buildings);
            edition.published();
            Messages.info("Новость опубликована" + (queued == 0 ? "" : "; подписчикам отправлено сообщений: " + queued));
            title = null;
            body = null;
            buildings = new ArrayList<>();
        } catch (Refusal e) {
            Messages.error(e.getMessage());
        }
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public List<Long> getBuildings() {
        return buildings;
    }

    public void setBuildings(List<Long> buildings) {
        this.buildings = buildings == null ? new ArrayList<>() : buildings;
    }
}
