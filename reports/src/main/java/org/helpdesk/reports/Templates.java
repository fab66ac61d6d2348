package org.helpdesk.reports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.util.JRLoader;

/** The compiled templates (loaded once, then shared: a compiled template is immutable) and the label bundles. */
public final class Templates {

    private static final Map<String, JasperReport> LOADED = new ConcurrentHashMap<>();

    private Templates() {
    }

    /** @return the template compiled from {@code src/main/jasperreports/<name>.jrxml} */
    public static JasperReport get(String name) {
        return LOADED.computeIfAbsent(name, Templates::load);
    }

    private static JasperReport load(String name) {
        String path = "org/helpdesk/reports/templates/" + name + ".jasper";
        try (InputStream in = Templates.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("The compiled report template " + path + " is missing from the build.");
            }
            return (JasperReport) JRLoader.loadObject(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JRException e) {
            throw new IllegalStateException("The report template " + path + " cannot be loaded.", e);
        }
    }

    /** @return the labels of the reports in Italian or English (any other language gets English) */
    public static ResourceBundle labels(Locale locale) {
        return ResourceBundle.getBundle("org.helpdesk.reports.labels", supported(locale),
                Templates.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(
                        ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** @return Italian for Italian, English for everything else */
    public static Locale supported(Locale locale) {
        return locale != null && "it".equals(locale.getLanguage()) ? Locale.ITALIAN : Locale.ENGLISH;
    }

    /** @return the label, or the key itself when a label is missing (a visible mistake, never a crash) */
    public static String label(ResourceBundle labels, String key) {
        try {
            return labels.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
