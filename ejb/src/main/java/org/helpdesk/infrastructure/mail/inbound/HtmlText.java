package org.helpdesk.infrastructure.mail.inbound;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * The text of an HTML mail, as a person reads it: paragraphs and line breaks kept, list items marked, links followed
 * by their address, and nothing of scripts, styles or the head. The result is plain text and is shown escaped; no
 * HTML of a mail ever reaches a screen.
 */
final class HtmlText {

    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "header", "footer", "table",
            "tr", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "address", "hr", "blockquote", "dl", "dt",
            "dd");
    private static final Set<String> SKIPPED = Set.of("script", "style", "head", "title", "noscript", "template",
            "iframe", "object", "embed", "svg", "math");

    private HtmlText() {
    }

    static String of(String html) {
        Document document = Jsoup.parse(html);
        document.select(String.join(",", SKIPPED)).remove();
        StringBuilder text = new StringBuilder();
        document.body().traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode textNode) {
                    String value = textNode.getWholeText().replaceAll("[\\s\\u00a0]+", " ");
                    if (value.isBlank() && (text.isEmpty() || text.charAt(text.length() - 1) == '\n')) {
                        return;
                    }
                    text.append(value);
                } else if (node instanceof Element element) {
                    String tag = element.normalName();
                    if (tag.equals("br")) {
                        text.append('\n');
                    } else if (tag.equals("li")) {
                        newLine(text);
                        text.append("- ");
                    } else if (BLOCKS.contains(tag)) {
                        newLine(text);
                    } else if (tag.equals("td") || tag.equals("th")) {
                        text.append(' ');
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element) {
                    String tag = element.normalName();
                    if (BLOCKS.contains(tag) || tag.equals("li")) {
                        newLine(text);
                    } else if (tag.equals("a")) {
                        String href = element.attr("href").strip();
                        if ((href.startsWith("http://") || href.startsWith("https://")) && !href.equals(element.text().strip())) {
                            text.append(" (").append(href).append(')');
                        }
                    }
                }
            }
        });
        return text.toString().lines().map(String::stripTrailing).reduce(new StringBuilder(), (all, line) -> {
            // At most one empty line in a row.
            boolean empty = line.isBlank();
            int length = all.length();
            if (empty && (length == 0 || (length >= 2 && all.charAt(length - 1) == '\n' && all.charAt(length - 2) == '\n'))) {
                return all;
            }
            return all.append(empty ? "" : line.stripLeading()).append('\n');
        }, StringBuilder::append).toString().strip();
    }

    private static void newLine(StringBuilder text) {
        if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
            text.append('\n');
        }
    }
}
