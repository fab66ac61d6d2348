package org.helpdesk.web.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.Serializable;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * What a web session holds must be copyable to the other nodes of a cluster: the screens keep the application's views
 * (records of the application and the domain, and the screens' own rows) in session- and view-scoped beans, so every
 * such record is {@link Serializable}. One that is not makes WildFly fail to copy the session, and a user whose node
 * goes away loses their sign-in or their form.
 */
class SessionStateTest {

    @Test
    void everyRecordAScreenMayKeepInTheSessionCanBeCopiedToAnotherNode() {
        List<JavaClass> records = StreamSupport.stream(new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.helpdesk.application", "org.helpdesk.domain", "org.helpdesk.web").spliterator(),
                false)
                .filter(c -> c.reflect().isRecord()).toList();
        assertTrue(records.size() > 100, "the ejb module's records are read too: " + records.size());
        List<String> notSerializable = records.stream().filter(c -> !c.isAssignableTo(Serializable.class))
                .map(JavaClass::getName).sorted().toList();
        assertEquals(List.of(), notSerializable, "records that a web session cannot carry to another node");
    }
}
