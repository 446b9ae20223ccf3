package synthlex.pack;

import java.util.ArrayList;
import java.util.List;
import synthlex.law.Citation;

/**
 * One document of the pack besides the plan and the checklist. It is written only where an
 * obligation it serves applies ({@link #triggers}); otherwise it is left out and the plan says why,
 * naming the related obligations that are undetermined or still to come.
 */
abstract class Doc {
    /** The file name, the same under en/ and zh/. */
    abstract String file();

    /** What the document is for, one line for the plan's list of documents. */
    abstract String purpose(Language lang);

    /** Whether an obligation is one this document serves (whatever its status). */
    abstract boolean serves(Answer.Ob o);

    /** What the document says when it is absent; by default that no obligation it serves applies. */
    String absent(Ctx ctx, Language lang) {
        Answer a = ctx.answer(lang);
        List<String> related = new ArrayList<>();
        for (Answer.Ob o : a.where(this::serves)) {
            related.add("`" + o.id() + "` " + (o.section() == Answer.Section.UPCOMING
                    ? lang.t("(comes into force " + o.effective() + ")", "（" + o.effective() + "起施行）")
                    : lang.t("(undetermined: " + String.join(", ", o.missing()) + " unknown)", "（待定：" + String.join("、", o.missing()) + " 未知）")));
        }
        return lang.t("no obligation it serves applies", "没有适用的相关义务")
                + (related.isEmpty() ? "" : lang.t("; related: ", "；相关义务：") + String.join(lang.t("; ", "；"), related));
    }

    /** The obligations that make the document due: those it serves that apply. */
    List<Answer.Ob> triggers(Answer a) {
        return a.where(o -> o.applies() && serves(o));
    }

    boolean included(Ctx ctx) {
        return !triggers(ctx.en).isEmpty();
    }

    abstract String render(Ctx ctx, Language lang);

    /** The title line and the facts every file carries: the service, the rule-base version, the as-of date. */
    static Md start(Ctx ctx, Language lang, String title) {
        Answer a = ctx.answer(lang);
        Md md = new Md(title + " — " + Md.esc(a.name()));
        md.root().para(lang.t("**Service:** ", "**服务：**") + Md.esc(a.name())
                + lang.t(" · **Rule base:** `", " · **规则库版本：** `") + a.ruleBaseVersion() + "`"
                + lang.t(" · **As of:** ", " · **评估基准日：** ") + a.asOf());
        return md;
    }

    /** The legend of the marks the drafting documents use. */
    static void legend(Md md, Language lang) {
        md.root().para(lang.t(
                "How to read this draft: a bracket such as `[PIPL Art. 17(1)(1)]` names the legal basis of the sentence it ends, a provision "
                        + "registered in the rule base (quoted at the end under \"Sources cited\"); \"(practice, not law)\" marks what comes from "
                        + "regulators' or the market's practice rather than from the text of the law; \"(from the description)\" marks what was "
                        + "filled in from the service description; \"TODO — to be written by the team\" marks what is still to write. "
                        + "This is a working draft for the team and its counsel, not legal advice.",
                "阅读说明：方括号（如 `[PIPL Art. 17(1)(1)]`）标明该句的法律依据，即规则库登记的条款（原文见文末“引用的法律依据”）；"
                        + "“（实务做法，非法律规定）”表示内容来自监管或行业实务，而非法律条文；“（据服务描述）”表示根据服务描述预先填写；"
                        + "“待办 — 由团队填写”表示仍需团队撰写的内容。本文件为供团队及法律顾问使用的工作草稿，不构成法律意见。"));
    }

    /** An obligation as one line: its title, its id, and every basis the answer cites for it. */
    static String obligationLine(Answer.Ob o, Cites cites, Language lang) {
        String status = switch (o.section()) {
            case APPLIES -> "";
            case UNDETERMINED -> lang.t(" — undetermined (unknown: ", " — 待定（未知：") + String.join(", ", o.missing()) + lang.t(")", "）");
            case UPCOMING -> lang.t(" — comes into force " + o.effective(), " — " + o.effective() + "起施行");
        };
        return Md.esc(o.title()) + " (`" + o.id() + "`)" + status + " " + cites.all(o.citations());
    }

    /** Whether the answer cites a provision for any obligation that applies. */
    static boolean applyingCite(Answer a, Sources sources, String ref) {
        for (Answer.Ob o : a.all()) if (o.applies() && o.cites(sources, ref)) return true;
        return false;
    }

    static List<Citation> citations(List<Answer.Ob> obs) {
        List<Citation> out = new ArrayList<>();
        for (Answer.Ob o : obs) for (Citation c : o.citations()) if (!out.contains(c)) out.add(c);
        return out;
    }
}
