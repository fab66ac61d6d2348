package org.helpdesk.systemtest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import nu.validator.client.EmbeddedValidator;
import org.openqa.selenium.JavascriptExecutor;
import org.xml.sax.SAXException;

/**
 * The Nu HTML checker (the W3C's validator, run in this process: no network) on the page as the browser holds it
 * now, after PrimeFaces' scripts and any ajax update: the errors that come from our templates, with the few that
 * PrimeFaces' own markup makes left out, each for a stated reason. Every page checked is kept with its errors in
 * {@code target/nu/}, for a person to look at.
 */
final class HtmlCheck {

    /**
     * Errors in markup that PrimeFaces writes itself (its widgets' renderers and scripts), which no template of ours
     * can change. Each is the checker's message plus a test of the markup it points at (the page up to the error), so
     * that the same message about markup of ours still fails.
     */
    private static final List<Ignored> PRIMEFACES = List.of(
            // p:datePicker's calendar (its panel, written by PrimeFaces' script) gives each day cell of its
            // <table class="ui-datepicker-calendar" role="grid"> the role="gridcell" that a cell there has already,
            // which HTML forbids writing.
            new Ignored(Pattern.compile("^The “role” attribute must not be used on a “td” element which has a “table”"
                    + " ancestor with no “role” attribute"),
                    before -> lastTag(before, "<table").contains("class=\"ui-datepicker-calendar\"")),
            // p:dataTable writes <table role="grid"> in its <div class="ui-datatable-tablewrapper"> and gives each of
            // its cells the role="gridcell" that a cell there has already, which HTML forbids writing.
            new Ignored(Pattern.compile("^The “role” attribute must not be used on a “td” element which has a “table”"
                    + " ancestor with no “role” attribute"),
                    before -> lastTag(before, "<table").equals("<table role=\"grid\">") && before.substring(0,
                            before.lastIndexOf("<table")).endsWith("<div class=\"ui-datatable-tablewrapper\">")),
            // p:outputLabel for a p:selectOneMenu points at the menu's focusable <span role="combobox" id="…_label">
            // (PrimeFaces 15), not at a form control; the span names itself with aria-labelledby to that label.
            new Ignored(Pattern.compile("^The value of the “for” attribute of the “label” element must be the ID of a"
                    + " non-hidden form control\\.$"),
                    before -> lastTag(before, "<label").matches(
                            "<label id=\"[^\"]+\" class=\"ui-outputlabel ui-widget\" for=\"[^\"]+_label\">")),
            // p:dataTable's paginator names its page links' group with aria-label on a plain
            // <div class="ui-paginator-center-content"> (PrimeFaces 15), which HTML allows only with a role.
            new Ignored(Pattern.compile("^The “aria-label” attribute must not be specified on any “div” element unless"
                    + " the element has a “role” value other than"),
                    before -> lastTag(before, "<div").startsWith("<div class=\"ui-paginator-center-content\" aria-label=")));

    /** A message of the checker to leave out, when the page up to the error shows the markup is PrimeFaces'. */
    private record Ignored(Pattern message, Predicate<String> markup) {
        boolean matches(String text, String before) {
            return message.matcher(text).find() && markup.test(before);
        }
    }

    /** @return the last start tag {@code <name…>} in {@code html}, "" when there is none */
    private static String lastTag(String html, String start) {
        int at = html.lastIndexOf(start);
        int end = at < 0 ? -1 : html.indexOf('>', at);
        return end < 0 ? "" : html.substring(at, end + 1);
    }

    /** @return the page up to line {@code line}, column {@code column} (both from 1, as the checker counts) */
    private static String upTo(String html, int line, int column) {
        int at = 0;
        for (int l = 1; l < line && at >= 0; l++) {
            at = html.indexOf('\n', at) + 1;
        }
        return html.substring(0, Math.min(html.length(), Math.max(0, at) + column));
    }

    private HtmlCheck() {
    }

    /** @return the errors on the current page that are ours, one line each, "" when none */
    static String errors(Browser browser, String screen) {
        return errors((String) ((JavascriptExecutor) browser.driver).executeScript(
                "return '<!DOCTYPE html>\\n' + document.documentElement.outerHTML;"), screen);
    }

    /** @return the errors in {@code html} that are ours, one line each, "" when none */
    static String errors(String html, String screen) {
        JsonObject report = validate(html);
        StringBuilder ours = new StringBuilder();
        StringBuilder all = new StringBuilder();
        for (JsonObject message : report.getJsonArray("messages").getValuesAs(JsonObject.class)) {
            String type = message.getString("type", "");
            if (!"error".equals(type) && !"non-document-error".equals(type)) {
                continue;
            }
            String text = message.getString("message", "");
            String extract = message.getString("extract", "");
            String line = "line " + message.getInt("lastLine", 0) + ": " + text + " [" + extract.replace('\n', ' ')
                    + "]";
            String before = upTo(html, message.getInt("lastLine", 1), message.getInt("lastColumn", 1));
            Ignored ignored = PRIMEFACES.stream().filter(i -> i.matches(text, before)).findFirst().orElse(null);
            all.append(ignored == null ? "OURS " : "PRIMEFACES ").append(line).append('\n');
            if (ignored == null) {
                ours.append("\n  ").append(line);
            }
        }
        keep(screen, html, all.toString());
        return ours.toString();
    }

    private static JsonObject validate(String html) {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
        // The pages say their language; guessing it from their text only adds warnings about short texts.
        validator.setNoLangDetect(true);
        try (JsonReader reader = Json.createReader(new StringReader(validator.validate(
                new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)))))) {
            return reader.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SAXException e) {
            throw new IllegalStateException("The HTML checker could not read the page", e);
        }
    }

    private static void keep(String screen, String html, String errors) {
        try {
            Path dir = Path.of("target", "nu");
            Files.createDirectories(dir);
            String name = screen.replaceAll("[^A-Za-z0-9]+", "-");
            Files.writeString(dir.resolve(name + ".html"), html);
            Files.writeString(dir.resolve(name + ".txt"), errors);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
