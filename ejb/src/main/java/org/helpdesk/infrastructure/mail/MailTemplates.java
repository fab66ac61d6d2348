package org.helpdesk.infrastructure.mail;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.helpdesk.reports.Branding;

/**
 * The texts of the mails Helpdesk sends, in English and Italian, from {@code mail_en.properties} and
 * {@code mail_it.properties} beside this class. Each kind of mail has a {@code <kind>.subject} and a
 * {@code <kind>.body}, both {@link MessageFormat} patterns over the same arguments. A body is signed with the help
 * desk's name and address when the server is given them ({@link Branding}, {@code -Dhelpdesk.brand.name}).
 */
public final class MailTemplates {

    private static final String BUNDLE = "org.helpdesk.infrastructure.mail.mail";

    private MailTemplates() {
    }

    /** A rendered mail. */
    public record Rendered(String subject, String body) {
    }

    /** Italian for {@code it}, English for anything else. */
    public static Locale supported(Locale language) {
        return language != null && "it".equals(language.getLanguage()) ? Locale.ITALIAN : Locale.ENGLISH;
    }

    /** A plain label, such as {@code severity.HIGH}, in the given language. */
    public static String label(String key, Locale language) {
        return bundle(supported(language)).getString(key);
    }

    public static Rendered render(String kind, Locale language, Object... arguments) {
        Locale locale = supported(language);
        ResourceBundle bundle = bundle(locale);
        MessageFormat subject = new MessageFormat(bundle.getString(kind + ".subject"), locale);
        MessageFormat body = new MessageFormat(bundle.getString(kind + ".body"), locale);
        return new Rendered(subject.format(arguments), Branding.current().signed(body.format(arguments)));
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, MailTemplates.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
