package ru.gkh.cabinet.web.resident;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import ru.gkh.cabinet.application.news.NewsBoard;

/** Новости: the account's news, the ones not seen before marked; once shown, they count as read. */
@Named
@RequestScoped
public class ReadNews {

    @Inject
    CurrentAccount current;

    @EJB
    private NewsBoard news;

    @Inject
    UnreadNews unreadNews;

    private List<NewsBoard.Item> items = List.of();

    /** Reads the list (with its unread marks) and then records it as read. */
    public void load() {
        if (current.getId() != null) {
            items = news.forAccount(current.login(), current.getId());
            news.markRead(current.login(), current.getId());
            unreadNews.forget();
        }
    }

    public List<NewsBoard.Item> getItems() {
        return items;
    }
}
