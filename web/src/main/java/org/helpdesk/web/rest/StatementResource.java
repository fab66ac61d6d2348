package org.helpdesk.web.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.Locale;
import org.helpdesk.application.report.StatementService;
import org.helpdesk.application.report.StatementService.Format;
import org.helpdesk.application.report.StatementService.StatementQuery;
import org.helpdesk.reports.statement.StatementHeader;

/**
 * {@code GET /api/statements?from=&to=&customer=&staff=&ticket=&lang=}: the hours-spent statement, in the format the
 * {@code Accept} header asks for: {@code application/pdf} (the default), {@code text/csv} (streamed) or XLSX.
 */
@ApplicationScoped
@Path("statements")
public class StatementResource {

    @EJB
    private StatementService statements;

    @Context
    private HttpHeaders headers;

    @GET
    @Produces({"application/pdf", "text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    public Response statement(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("customer") String customer, @QueryParam("staff") String staff,
            @QueryParam("ticket") String ticket, @QueryParam("lang") String lang) {
        Format format = format();
        Locale language = lang == null || lang.isBlank() ? headers.getAcceptableLanguages().stream().findFirst()
                .orElse(Locale.ENGLISH) : Params.language(lang);
        StatementHeader header = statements.issue(new StatementQuery(Params.requiredDate(from, "from"),
                Params.requiredDate(to, "to"),
                blank(customer), blank(staff), blank(ticket)), format, language);
        StreamingOutput body = out -> statements.write(header, format, out);
        return Response.ok(body, format == Format.CSV ? "text/csv; charset=UTF-8" : format.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + header.number() + "." + format.extension()
                        + "\"")
                .header("X-Statement-Number", header.number())
                .build();
    }

    private Format format() {
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            for (Format format : Format.values()) {
                if (type.isCompatible(MediaType.valueOf(format.mediaType())) && !type.isWildcardType()) {
                    return format;
                }
            }
            if (type.isWildcardType()) {
                return Format.PDF;
            }
        }
        return Format.PDF;
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
