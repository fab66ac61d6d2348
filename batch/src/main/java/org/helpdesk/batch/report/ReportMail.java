package org.helpdesk.batch.report;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Date;
import java.util.Locale;
import java.util.ResourceBundle;
import org.helpdesk.reports.Branding;

/** The mail that carries a monthly report: text in the recipient's language and the PDF attached. */
final class ReportMail {

    final String recipient;
    final Locale language;
    final YearMonth month;
    final int version;
    final String messageId;
    final String deliveryKey;
    final String customerCode;
    final String customerName;
    final byte[] pdf;
    int attempts;

    ReportMail(String recipient, Locale language, YearMonth month, int version, String messageId, String deliveryKey,
            String customerCode, String customerName, byte[] pdf) {
        this.recipient = recipient;
        this.language = language;
        this.month = month;
        this.version = version;
        this.messageId = messageId;
        this.deliveryKey = deliveryKey;
        this.customerCode = customerCode;
        this.customerName = customerName;
        this.pdf = pdf;
    }

    /** e.g. {@code monthly-report-ACME-2026-03-v1.pdf} */
    static String fileName(String customerCode, YearMonth month, int version) {
        return "monthly-report-" + customerCode + "-" + month + "-v" + version + ".pdf";
    }

    String subject() {
        return format("report.subject");
    }

    String body() {
        return Branding.current().signed(format("report.body"));
    }

    private String format(String key) {
        ResourceBundle bundle = ResourceBundle.getBundle("org.helpdesk.batch.report.mail",
                "it".equals(language.getLanguage()) ? Locale.ITALIAN : Locale.ENGLISH, ReportMail.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String period = month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, language) + " " + month.getYear();
        return new MessageFormat(bundle.getString(key), language).format(
                new Object[] {customerCode, customerName, period, String.valueOf(version)});
    }

    MimeMessage toMime(Session session, Instant now) throws MessagingException {
        MimeMessage mime = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                // The same Message-ID on every attempt: a mail delivered twice is recognisably one message.
                setHeader("Message-ID", messageId);
            }
        };
        mime.setFrom();
        mime.setRecipients(Message.RecipientType.TO, InternetAddress.parse(recipient, true));
        mime.setSubject(subject(), StandardCharsets.UTF_8.name());
        mime.setHeader("Content-Language", language.getLanguage());
        mime.setHeader("X-Helpdesk-Delivery-Key", deliveryKey);
        mime.setSentDate(Date.from(now));
        MimeBodyPart text = new MimeBodyPart();
        text.setText(body(), StandardCharsets.UTF_8.name());
        MimeBodyPart attachment = new MimeBodyPart();
        attachment.setDataHandler(new DataHandler(new ByteArrayDataSource(pdf, "application/pdf")));
        attachment.setFileName(fileName(customerCode, month, version));
        // Said, not guessed: Jakarta Mail would otherwise read the whole PDF to find it is not text.
        attachment.setHeader("Content-Transfer-Encoding", "base64");
        MimeMultipart multipart = new MimeMultipart();
        multipart.addBodyPart(text);
        multipart.addBodyPart(attachment);
        mime.setContent(multipart);
        mime.saveChanges();
        return mime;
    }
}
