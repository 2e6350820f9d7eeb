package ru.gkh.cabinet.infrastructure.mail;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;

/**
 * An outbox message as a MIME mail: UTF-8 text, the receipt PDF attached when there is one, and a Message-ID made from
 * the outbox id, so that the same message sent twice after a crash is recognisably the same.
 */
public final class OutboxMail {

    private final long id;
    private final String recipient;
    private final String subject;
    private final String body;
    private final long receiptId;
    private final int attempts;
    private String fileName;
    private byte[] pdf;

    public OutboxMail(long id, String recipient, String subject, String body, long receiptId, int attempts) {
        this.id = id;
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.receiptId = receiptId;
        this.attempts = attempts;
    }

    public long receiptId() {
        return receiptId;
    }

    public int attempts() {
        return attempts;
    }

    public void attach(String fileName, byte[] pdf) {
        this.fileName = fileName;
        this.pdf = pdf;
    }

    public MimeMessage toMime(Session session) throws MessagingException {
        MimeMessage m = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", "<outbox-" + id + "@cabinet>");
            }
        };
        m.setFrom();   // mail.from of the server's mail session
        m.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(recipient, true));
        m.setSubject(subject, StandardCharsets.UTF_8.name());
        if (pdf == null) {
            m.setText(body, StandardCharsets.UTF_8.name());
        } else {
            MimeBodyPart text = new MimeBodyPart();
            text.setText(body, StandardCharsets.UTF_8.name());
            MimeBodyPart file = new MimeBodyPart();
            file.setDataHandler(new DataHandler(new ByteArrayDataSource(pdf, "application/pdf")));
            file.setFileName(fileName);
            m.setContent(new MimeMultipart(text, file));
        }
        m.saveChanges();
        return m;
    }
}
