package synthlex.pack;

import java.util.ArrayList;
import java.util.List;
import synthlex.law.Citation;

/**
 * {@code checklist.csv}: one row per obligation, numbered as in the plan, with an empty
 * {@code Status} column for the team to track progress in a spreadsheet. Every row carries the
 * rule-base version and the as-of date, so a copied row still says which answer it came from.
 */
final class ChecklistCsv {
    static final String FILE = "checklist.csv";

    private ChecklistCsv() { }

    static String render(Ctx ctx, Language lang) {
        Answer a = ctx.answer(lang);
        StringBuilder out = new StringBuilder();
        // A UTF-8 byte-order mark first: Excel opens a CSV without one in the system's legacy code
        // page (e.g. Windows-1252 or GBK), which garbles every Chinese title and citation; with it,
        // Excel reads UTF-8. Other tools (LibreOffice, pandas with utf-8-sig) accept it.
        out.append('\uFEFF');
        row(out, lang.t("Section", "分类"), lang.t("#", "序号"), lang.t("Obligation id", "义务编号"), lang.t("Title", "义务"),
                lang.t("Kind", "类型"), lang.t("Bearer", "义务主体"), lang.t("Timing", "时间要求"), lang.t("Due", "截止日期"),
                lang.t("Citations", "法律依据"), lang.t("Missing facts", "待补充事实"), lang.t("Status", "状态"), lang.t("Notes", "备注"),
                lang.t("Rule base", "规则库版本"), lang.t("As of", "评估基准日"));
        int n = 0;
        for (Answer.Ob o : PlanDoc.ordered(a)) {
            n++;
            List<String> labels = new ArrayList<>();
            for (Citation c : o.citations()) labels.add(c.label());
            List<String> bases = new ArrayList<>();
            for (Citation c : Timing.bases(o.timing(), ctx.sources)) bases.add(c.label());
            String timing = Timing.text(o.timing(), lang) + (bases.isEmpty() ? "" : " (" + String.join(" | ", bases) + ")");
            row(out, section(o, lang), Integer.toString(n), o.id(), o.title(), Terms.kind(o.kind(), lang), Terms.code(o.bearer(), lang),
                    timing, Timing.due(o.due()), String.join(" | ", labels), String.join(" ", o.missing()), "", "",
                    a.ruleBaseVersion(), a.asOf());
        }
        return out.toString();
    }

    private static String section(Answer.Ob o, Language lang) {
        return switch (o.section()) {
            case APPLIES -> lang.t("applies", "适用");
            case UNDETERMINED -> lang.t("undetermined", "待定");
            case UPCOMING -> lang.t("upcoming from " + o.effective(), o.effective() + "起施行");
        };
    }

    /** One record, RFC 4180: every field quoted, quotes doubled, CRLF at the end. */
    private static void row(StringBuilder out, String... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) out.append(',');
            out.append('"').append(guard(fields[i]).replace("\"", "\"\"")).append('"');
        }
        out.append("\r\n");
    }

    /**
     * A field that a spreadsheet would run as a formula (it starts with =, +, - or @; CSV injection)
     * gets a leading apostrophe. Titles and ids never start so; the guard is for the service's own
     * words should a later column carry them.
     */
    private static String guard(String field) {
        if (field == null) return "";
        if (!field.isEmpty() && "=+-@\t\r".indexOf(field.charAt(0)) >= 0) return "'" + field;
        return field;
    }
}
