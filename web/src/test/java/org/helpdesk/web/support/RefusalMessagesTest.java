package org.helpdesk.web.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.helpdesk.domain.shared.Term;
import org.helpdesk.domain.survey.SurveyQuestion;
import org.helpdesk.domain.ticket.Milestone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every refusal the services can give has its words in both screens' bundles, so that a new refusal without a
 * translation fails the build rather than reaching an Italian screen in English. The keys are read from the main
 * sources of the modules that refuse (ejb, batch, web): every literal key of a refusal ({@code "value.…"},
 * {@code "rule.…"}, {@code "notFound.…"}, {@code "unreadable.…"}), every field the shared checks name
 * ({@code Values.text(subject, "subject", …)} is {@code value.field.subject}), and the words made from enums.
 */
class RefusalMessagesTest {

    private static final List<Path> SOURCES = List.of(Path.of("..", "ejb", "src", "main", "java"),
            Path.of("..", "batch", "src", "main", "java"), Path.of("src", "main", "java"));

    /** A literal that is a whole key of a refusal's pattern (a prefix such as "value.field." ends with a dot). */
    private static final Pattern KEY =
            Pattern.compile("\"((?:value|rule|notFound|unreadable)\\.[A-Za-z0-9_.]*[A-Za-z0-9_])\"");

    /** A field named by the shared checks: {@code Require.text(x, "what", …)}, {@code Values.value(x, "what")}, ... */
    private static final Pattern FIELD = Pattern.compile(
            "\\b(?:(?:Require|Values)\\.(?:text|optionalText|value)\\([^,()]+,"
                    + "|InvalidValueException\\.(?:required|tooLong)\\(|Term\\.field\\()\\s*\"([^\"]+)\"");

    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_it.properties"})
    void everyRefusalOfTheServicesHasItsPatternAndItsWords(String bundle) {
        Properties messages = load(bundle);
        List<String> missing = refusalKeys().stream().filter(key -> !messages.containsKey(key)).toList();
        assertEquals(List.of(), missing, bundle + " lacks these refusals' patterns or words");
    }

    @Test
    void bothLanguagesFillTheSamePlaceholdersWithValidPatterns() {
        Properties english = load("messages.properties");
        Properties italian = load("messages_it.properties");
        List<String> wrong = new ArrayList<>();
        for (String key : refusalKeys()) {
            if (!english.containsKey(key) || !italian.containsKey(key) || isWord(key)) {
                continue;
            }
            try {
                new MessageFormat(english.getProperty(key), Locale.ENGLISH);
                new MessageFormat(italian.getProperty(key), Locale.ITALIAN);
                if (!placeholders(english.getProperty(key)).equals(placeholders(italian.getProperty(key)))) {
                    wrong.add(key + ": " + placeholders(english.getProperty(key)) + " in English, "
                            + placeholders(italian.getProperty(key)) + " in Italian");
                }
            } catch (IllegalArgumentException e) {
                wrong.add(key + ": not a pattern (" + e.getMessage() + ")");
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void theSourcesAreReadForReal() {
        Set<String> keys = refusalKeys();
        assertTrue(keys.containsAll(List.of("value.required", "value.tooLong", "value.field.subject",
                "value.field.customerCode", "notFound.customer", "rule.noHours", "unreadable.after",
                "value.monthNotBegun", "value.milestone.TAKING_CHARGE")), keys.toString());
        assertTrue(keys.size() > 100, keys.size() + " keys");
    }

    private static Set<String> refusalKeys() {
        Set<String> keys = new TreeSet<>();
        for (Path root : SOURCES) {
            assertTrue(Files.isDirectory(root), root.toAbsolutePath() + " is where the sources are expected");
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    String source = Files.readString(file);
                    Matcher key = KEY.matcher(source);
                    while (key.find()) {
                        keys.add(key.group(1));
                    }
                    Matcher field = FIELD.matcher(source);
                    while (field.find()) {
                        keys.add(Term.field(field.group(1)).key());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        for (Milestone milestone : Milestone.values()) {
            keys.add("value.milestone." + milestone.name());
        }
        for (SurveyQuestion question : SurveyQuestion.values()) {
            keys.add("survey.question." + question.name());
        }
        return keys;
    }

    /** A {@link Term}'s translation is an argument, shown as it is, not a pattern. */
    private static boolean isWord(String key) {
        return key.startsWith(Term.FIELD_PREFIX) || key.startsWith("value.milestone.")
                || key.startsWith("survey.question.");
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = Pattern.compile("\\{(\\d+)").matcher(pattern.replaceAll("'[^']*'", ""));
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static Properties load(String bundle) {
        try (InputStream in = RefusalMessagesTest.class.getResourceAsStream("/org/helpdesk/web/" + bundle)) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
