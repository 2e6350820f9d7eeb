package ru.gkh.cabinet.web.resident;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ru.gkh.cabinet.application.news.NewsBoard;

/** The cabinet's menu: how many news the resident has not read yet, for the mark beside «Новости» ({@link UnreadNews}). */
@Named
@RequestScoped
public class CabinetMenu {

    @Inject
    CurrentAccount current;

    @EJB
    private NewsBoard news;

    @Inject
    UnreadNews unreadNews;

    private Long unread;

    public long getUnreadNews() {
        if (unread == null) {
            Long id = current.getId();
            unread = id == null ? 0L : unreadNews.of(id, () -> news.unread(current.login(), id));
        }
        return unread;
    }
}
