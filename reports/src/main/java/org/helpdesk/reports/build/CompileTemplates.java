package org.helpdesk.reports.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;

/**
 * Compiles every {@code .jrxml} template of a folder into a {@code .jasper} file, at build time (the exec plugin
 * in this module's pom runs it), so that the application never compiles a template at run time and a broken
 * template fails the build.
 */
public final class CompileTemplates {

    private CompileTemplates() {
    }

    /** @param args the folder of the templates, the folder to write the compiled templates to */
    public static void main(String[] args) throws IOException, JRException {
        Path source = Path.of(args[0]);
        Path target = Path.of(args[1]);
        Files.createDirectories(target);
        List<Path> templates;
        try (Stream<Path> files = Files.list(source)) {
            templates = files.filter(f -> f.toString().endsWith(".jrxml")).sorted().toList();
        }
        for (Path template : templates) {
            String name = template.getFileName().toString().replace(".jrxml", ".jasper");
            JasperCompileManager.compileReportToFile(template.toString(), target.resolve(name).toString());
        }
        System.out.println("Compiled " + templates.size() + " report templates into " + target);
    }
}
