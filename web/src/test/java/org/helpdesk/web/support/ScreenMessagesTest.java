package org.helpdesk.web.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.Constraint;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.helpdesk.application.StaleEditException;
import org.helpdesk.application.StaleEditException.EditedRecord;
import org.helpdesk.application.ticket.TicketCommands;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the screens' bundles must hold so that no message shows a name of the code: a label for every field a
 * command's constraint can refuse (the screens name the field by it, never by its property path), and the stale-edit
 * refusal of every kind of record, with and without who changed it.
 */
class ScreenMessagesTest {

    private static final String APPLICATION = "org/helpdesk/application/";

    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_it.properties"})
    void everyConstrainedFieldOfACommandHasALabel(String bundle) throws Exception {
        Properties messages = load(bundle);
        List<String> missing = new ArrayList<>();
        for (Class<?> command : commands()) {
            for (RecordComponent component : command.getRecordComponents()) {
                String name = component.getName();
                if (constrained(command, name) && !messages.containsKey("field." + command.getSimpleName() + "." + name)
                        && !messages.containsKey("field." + name)) {
                    missing.add(command.getSimpleName() + "." + name);
                }
            }
        }
        assertEquals(List.of(), missing, bundle + " has no label (field.<name>) for these command fields");
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_it.properties"})
    void everyStaleEditIsExplainedWithWhoAndWhenAndWithout(String bundle) {
        Properties messages = load(bundle);
        List<String> records = new ArrayList<>();
        Arrays.stream(EditedRecord.values()).map(Enum::name).forEach(records::add);
        records.add(StaleEditException.WORKING_WEEK);
        for (String record : records) {
            String withWho = messages.getProperty("stale." + record, "");
            assertTrue(withWho.contains("{1}") && withWho.contains("{2}"),
                    bundle + ": stale." + record + " names who ({1}) and when ({2}): " + withWho);
            assertFalse(messages.getProperty("stale." + record + ".unknown", "").isBlank(),
                    bundle + ": stale." + record + ".unknown");
        }
    }

    private static boolean constrained(Class<?> record, String component) throws NoSuchFieldException {
        return Arrays.stream(record.getDeclaredField(component).getAnnotations()).map(Annotation::annotationType)
                .anyMatch(type -> type.isAnnotationPresent(Constraint.class));
    }

    /**
     * The records of the application packages, each aggregate's included (commands and views; views have no
     * constraints).
     */
    private static List<Class<?>> commands() throws IOException, URISyntaxException, ClassNotFoundException {
        Path location = Path.of(TicketCommands.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        TreeSet<String> names = new TreeSet<>();
        if (Files.isDirectory(location)) {
            try (Stream<Path> files = Files.walk(location.resolve(APPLICATION))) {
                files.filter(Files::isRegularFile)
                        .map(f -> location.relativize(f).toString().replace(java.io.File.separatorChar, '/'))
                        .forEach(names::add);
            }
        } else {
            try (JarFile jar = new JarFile(location.toFile())) {
                jar.stream().map(e -> e.getName())
                        .filter(n -> n.startsWith(APPLICATION))
                        .forEach(names::add);
            }
        }
        List<Class<?>> records = new ArrayList<>();
        for (String name : names) {
            if (name.endsWith(".class")) {
                Class<?> type = Class.forName(name.substring(0, name.length() - 6).replace('/', '.'), false,
                        ScreenMessagesTest.class.getClassLoader());
                if (type.isRecord()) {
                    records.add(type);
                }
            }
        }
        assertTrue(records.contains(TicketCommands.OpenServiceTicket.class),
                "the command records are found at " + location + ": " + records);
        return records;
    }

    private static Properties load(String bundle) {
        try (InputStream in = ScreenMessagesTest.class.getResourceAsStream("/org/helpdesk/web/" + bundle)) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
