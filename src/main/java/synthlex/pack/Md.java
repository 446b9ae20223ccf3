package synthlex.pack;

import java.util.ArrayList;
import java.util.List;

/**
 * A Markdown document built as a tree of sections. A section is written only if it, or a section
 * inside it, has a line: the pack promises no empty section, and this makes it structural rather
 * than a matter of each document remembering to check.
 */
final class Md {
    private final Section root;

    Md(String title) {
        root = new Section(1, title);
    }

    Section root() {
        return root;
    }

    String render() {
        StringBuilder out = new StringBuilder();
        root.render(out);
        // one trailing newline, no blank lines at the end
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == '\n') end--;
        out.setLength(end);
        return out.append('\n').toString();
    }

    /**
     * Escapes text that comes from a client (the service's name, a field's value) so that it cannot
     * open a link, a citation bracket, emphasis or HTML in the document.
     */
    static String esc(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            if (c == '\r' || c == '\n') { b.append(' '); continue; }
            if ("\\`*_[]<>#|".indexOf(c) >= 0) b.append('\\');
            b.append(c);
        }
        return b.toString();
    }

    static final class Section {
        final int level;
        final String heading;
        /** Strings (blocks of lines) and nested sections, in order. */
        private final List<Object> body = new ArrayList<>();

        Section(int level, String heading) {
            this.level = level;
            this.heading = heading;
        }

        /** A list item or other line, written directly below the previous one. */
        Section line(String line) {
            if (line != null && !line.isBlank()) body.add(new Line(tidy(line), false));
            return this;
        }

        Section lines(List<String> lines) {
            lines.forEach(this::line);
            return this;
        }

        /** A paragraph: separated from what comes before and after by a blank line. */
        Section para(String text) {
            if (text != null && !text.isBlank()) body.add(new Line(tidy(text), true));
            return this;
        }

        /** One space between words, whatever the pieces a line was built from end or start with; the indentation kept. */
        private static String tidy(String line) {
            int indent = 0;
            while (indent < line.length() && line.charAt(indent) == ' ') indent++;
            // and no space before full-width punctuation, which carries its own spacing in Chinese
            return line.substring(0, indent) + line.substring(indent).replaceAll(" {2,}", " ").replaceAll(" +(?=[，。；：、（）])", "").stripTrailing();
        }

        /** A verbatim quotation (the law's own text), as a block quote indented under a list item. */
        Section quote(String text, String indent) {
            if (text == null || text.isBlank()) return this;
            StringBuilder b = new StringBuilder();
            for (String l : text.split("\n")) {
                if (b.length() > 0) b.append('\n');
                b.append(indent).append("> ").append(l.strip());
            }
            body.add(new Line(b.toString(), false));
            return this;
        }

        Section section(String heading) {
            Section s = new Section(level + 1, heading);
            body.add(s);
            return s;
        }

        boolean hasContent() {
            for (Object o : body) {
                if (o instanceof Line) return true;
                if (o instanceof Section s && s.hasContent()) return true;
            }
            return false;
        }

        private void render(StringBuilder out) {
            if (!hasContent() && level > 1) return;
            if (out.length() > 0 && !endsWithBlank(out)) out.append('\n');
            out.append("#".repeat(level)).append(' ').append(heading).append("\n\n");
            boolean lastWasPara = false;
            for (Object o : body) {
                if (o instanceof Line l) {
                    if (l.para && !endsWithBlank(out)) out.append('\n');
                    else if (!l.para && lastWasPara && !endsWithBlank(out)) out.append('\n');
                    out.append(l.text).append('\n');
                    if (l.para) out.append('\n');
                    lastWasPara = l.para;
                } else {
                    ((Section) o).render(out);
                    lastWasPara = true;
                }
            }
        }

        private static boolean endsWithBlank(StringBuilder out) {
            int n = out.length();
            return n >= 2 && out.charAt(n - 1) == '\n' && out.charAt(n - 2) == '\n';
        }
    }

    private record Line(String text, boolean para) { }
}
