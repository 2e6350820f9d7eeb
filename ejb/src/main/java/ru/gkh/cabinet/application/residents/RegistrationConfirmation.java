package ru.gkh.cabinet.application.residents;

import java.sql.Connection;
import java.sql.SQLException;
import ru.gkh.cabinet.application.messaging.EmailQueue;
import ru.gkh.cabinet.domain.model.identity.OneTimeSecret;
import ru.gkh.cabinet.domain.model.identity.UserAccount;
import ru.gkh.cabinet.infrastructure.persistence.Sql;

/** What confirms a registration, sent in the caller's transaction: after registering, or after an operator's approval. */
final class RegistrationConfirmation {

    static final long LINK_HOURS = 24;

    private RegistrationConfirmation() {
    }

    /** The link by mail (24 hours) or the code by SMS (10 minutes) that activates a pending user and links the account. */
    static void send(Connection c, String publicUrl, UserAccount user, long accountId, long organizationId, String channel, String number)
            throws SQLException {
        if ("SMS".equals(channel)) {
            SmsCodes.issue(c, user.id(), "REGISTER", accountId, null, organizationId, user.phone(),
                    "Код подтверждения регистрации в личном кабинете (лицевой счёт " + number + "): ");
            return;
        }
        OneTimeSecret token = OneTimeSecret.linkToken();
        Sql.update(c, "INSERT INTO confirmation (user_id, purpose, channel, secret_hash, account_id, expires_at)"
                + " VALUES (?, 'REGISTER', 'EMAIL', ?, ?, CURRENT_TIMESTAMP(3) + INTERVAL " + LINK_HOURS + " HOUR)",
                user.id(), token.hash(), accountId);
        String link = publicUrl.replaceAll("/+$", "") + "/confirm.xhtml?token=" + token.secret();
        EmailQueue.queue(c, organizationId, user.email(), "Подтвердите регистрацию в личном кабинете",
                "Здравствуйте!\n\nВы зарегистрировались в личном кабинете жителя (лицевой счёт " + number + ").\n"
                + "Чтобы завершить регистрацию, перейдите по ссылке в течение 24 часов:\n\n" + link
                + "\n\nЕсли вы не регистрировались, просто не отвечайте на это письмо: без подтверждения учётная запись"
                + " не заработает.", "confirm:" + token.hash());
    }
}
