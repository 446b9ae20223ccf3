package synthlex.pack;

import java.util.List;
import java.util.Set;

/**
 * {@code security-self-assessment-outline.md}, where a security assessment applies: the headings
 * the cited law requires, each heading cited. For a service with public-opinion attributes the
 * items of SAP2018 Art. 5 and the report of Art. 6 (ARP Art. 27, DSP Art. 20 and GAIM Art. 17
 * require the assessment "under state rules", which the rule base reads as the 2018 Provisions);
 * for an anthropomorphic interaction service the triggers of AHIM Art. 22 and the focus of
 * Art. 23; for models and tools DSP Art. 15(2). Most of SAP2018 Art. 5 and AHIM Arts. 22–23 are
 * registered only as summaries: every such heading says so.
 */
final class AssessmentOutline extends Doc {
    static final String FILE = "security-self-assessment-outline.md";
    /** The assessment of services with public-opinion attributes or social-mobilisation capacity. */
    static final Set<String> PUBLIC_OPINION = Set.of("security-assessment.public-opinion", "sap2018.security-assessment.rectify",
            "sap2018.security-assessment.report", "sap2018.security-assessment.submit-report", "gaim.security-assessment.technical-supporter");

    /** SAP2018 Art. 5's items: heading, and which duties of the answer bear on each (by kind; item 8 by the authority). */
    private record Item(int item, String en, String zh, java.util.function.Predicate<Answer.Ob> related) {
        Item(int item, String en, String zh, Set<String> kinds) {
            this(item, en, zh, o -> kinds.contains(o.kind()));
        }
    }

    private static boolean securityOrgans(Answer.Ob o) {
        return o.kind().equals("cooperation") && o.id().contains("public-security");
    }

    private static final List<Item> SAP2018_ITEMS = List.of(
            new Item(1, "Security officer, content reviewers or a security management unit", "安全管理负责人、信息审核人员或安全管理机构",
                    Set.of("management-system")),
            new Item(2, "Verifying users' real identities and keeping registration information", "用户真实身份核验及注册信息留存",
                    Set.of("real-name-verification")),
            new Item(3, "Keeping user logs and records of what users publish", "用户日志信息及用户发布信息记录留存", Set.of("record-keeping")),
            new Item(4, "Preventing and handling illegal or harmful information in account names, profiles, posting, reposting, comments and groups",
                    "对账号名称、简介及信息发布、转发、评论、群组等功能中违法有害信息的防范处置及记录", Set.of("content-moderation")),
            new Item(5, "Technical measures for personal-information protection and against harmful information and loss of control of mobilisation functions",
                    "个人信息保护以及防范违法有害信息传播扩散、社会动员功能失控风险的技术措施", Set.of("data-security")),
            new Item(6, "Complaint and reporting systems", "投诉、举报制度", Set.of("complaint-handling")),
            new Item(7, "Technical and data support for the CAC's supervision", "为网信部门依法履行监管职责提供技术、数据支持和协助的工作机制",
                    o -> o.kind().equals("cooperation") && !securityOrgans(o)),
            new Item(8, "Technical and data support for public security and state security organs", "为公安机关、国家安全机关提供技术、数据支持和协助的工作机制",
                    AssessmentOutline::securityOrgans));

    /** AHIM Art. 23's focus (registered as one summary): heading in each language. */
    private static final String[][] AHIM_FOCUS = {
        {"Safeguard measures", "安全保障措施"},
        {"Processing of training data", "训练数据处理情况"},
        {"Identifying users in extreme situations, emergency response and intervention", "用户极端情境识别、应急处置和干预"},
        {"User scale, usage time and age structure", "用户规模、使用时长和年龄结构"},
        {"Protection of minors, the elderly and others", "未成年人、老年人等群体的保护"},
        {"Handling of appeals and complaints", "申诉和投诉处理"},
        {"Rectification of major risks", "重大风险整改"},
        {"Other matters", "其他事项"}};

    @Override String file() { return FILE; }

    @Override String purpose(Language lang) {
        return lang.t("An outline of the security self-assessment: the headings set by the cited provisions, each cited.",
                "安全自评估提纲：所引法律要求的各项标题，逐项注明依据。");
    }

    @Override boolean serves(Answer.Ob o) {
        return o.kind().equals("security-assessment") || PUBLIC_OPINION.contains(o.id());
    }

    @Override String render(Ctx ctx, Language lang) {
        Answer a = ctx.answer(lang);
        Cites cites = new Cites(ctx.sources, lang);
        Md md = start(ctx, lang, lang.t("Security self-assessment — outline", "安全自评估 — 提纲"));
        md.root().para(lang.t("An outline to write the assessment and its report against; the headings come from the provisions cited on each. "
                        + "Where a provision is registered only as a summary, the heading says so: check its wording before relying on it.",
                "本提纲供撰写安全评估及其报告使用；各标题均来自所注明的条款。条款仅登记摘要的，标题处予以说明，援引前请核对原文。"));
        legend(md, lang);

        List<Answer.Ob> publicOpinion = a.where(o -> PUBLIC_OPINION.contains(o.id()));
        if (publicOpinion.stream().anyMatch(Answer.Ob::applies)) publicOpinion(ctx, a, publicOpinion, md, cites, lang);
        List<Answer.Ob> ahim = a.where(o -> o.id().startsWith("ahim.security-assessment"));
        if (ahim.stream().anyMatch(Answer.Ob::applies)) anthropomorphic(ctx, ahim, md, cites, lang);
        List<Answer.Ob> tools = a.where(o -> o.id().startsWith("dsp.security-assessment."));
        if (tools.stream().anyMatch(Answer.Ob::applies)) tools(ctx, tools, md, cites, lang);

        List<Answer.Ob> others = a.where(o -> serves(o) && !PUBLIC_OPINION.contains(o.id())
                && !o.id().startsWith("ahim.security-assessment") && !o.id().startsWith("dsp.security-assessment."));
        if (!others.isEmpty()) {
            Md.Section rest = md.root().section(lang.t("Other assessments in this answer", "本答复中的其他评估"));
            rest.para(lang.t("Assessments of another kind (data export, critical information infrastructure, …): this outline does not set out "
                            + "their headings; their bases:",
                    "其他类型的评估（数据出境、关键信息基础设施等）：本提纲不列其标题，其依据如下："));
            for (Answer.Ob o : others) rest.line("- " + obligationLine(o, cites, lang));
        }

        cites.appendix(md.root());
        return md.render();
    }

    private static void publicOpinion(Ctx ctx, Answer a, List<Answer.Ob> obs, Md md, Cites cites, Language lang) {
        Md.Section s = md.root().section(lang.t("Assessment of a service with public-opinion attributes or social-mobilisation capacity",
                "具有舆论属性或社会动员能力的互联网信息服务安全评估"));
        for (Answer.Ob o : obs) s.line("- " + obligationLine(o, cites, lang));
        s.line(lang.t("- These provisions require the assessment “under state rules”; the rule base reads those as the 2018 Security Assessment Provisions, "
                        + "whose headings follow ",
                "- 上述条款要求“按照国家有关规定”开展安全评估；规则库将其理解为2018年《具有舆论属性或社会动员能力的互联网信息服务安全评估规定》，其各项标题如下 ")
                + cites.all(Doc.citations(obs)) + " " + cites.m("SAP2018 Art. 3"));
        s.line(lang.t("- The provider carries out the assessment itself or commissions a third-party assessment body ",
                "- 可以自行开展安全评估，也可以委托第三方安全评估机构实施 ") + cites.mv("SAP2018 Art. 4"));

        Md.Section items = s.section(lang.t("What the assessment examines ", "评估内容 ") + cites.m("SAP2018 Art. 5"));
        items.para(lang.t("SAP2018 Art. 5 is registered only as a summary (no verified text): items (1)–(4) are corroborated by assessment-report templates, "
                        + "items (5)–(8) rest on lower confidence. Under each heading: the duties of this answer that bear on it.",
                "第五条仅登记摘要（未核实原文）：第（一）至（四）项有评估报告模板佐证，第（五）至（八）项可信度较低。各标题下列出本答复中与之相关的义务。"));
        for (Item it : SAP2018_ITEMS) {
            String ref = "SAP2018 Art. 5(1)(" + it.item() + ")";
            Md.Section h = items.section(it.item() + ". " + lang.t(it.en(), it.zh()) + " " + cites.m(ref));
            h.line(lang.t("- The provision, as registered: ", "- 条款内容（登记的英文摘要）：") + ctx.sources.ref(ref).summary() + " " + cites.mv(ref));
            for (Answer.Ob o : a.where(x -> x.applies() && it.related().test(x))) {
                h.line(lang.t("- Related duty: ", "- 相关义务：") + obligationLine(o, cites, lang));
            }
            h.line("- " + Ctx.todo(lang, lang.t("how the service meets it, with evidence", "服务的落实情况及证明材料")));
        }

        Md.Section fix = s.section(lang.t("Rectification ", "整改 ") + cites.m("SAP2018 Art. 6(1)"));
        fix.line(lang.t("- Hidden security risks found in the assessment are rectified promptly until eliminated ",
                "- 在安全评估中发现存在安全隐患的，应当及时整改，直至消除相关安全隐患 ") + cites.mv("SAP2018 Art. 6(1)"));
        fix.line("- " + Ctx.todo(lang, lang.t("the risks found and how each was rectified", "发现的安全隐患及整改情况")));

        Md.Section rep = s.section(lang.t("The security assessment report ", "安全评估报告 ") + cites.m("SAP2018 Art. 6(2)"));
        rep.line(lang.t("- Where the service complies, a security assessment report is prepared with the following contents ",
                "- 经过安全评估，符合法律、行政法规、部门规章和标准的，应当形成安全评估报告，报告应当包括下列内容 ") + cites.mv("SAP2018 Art. 6(2)"));
        String[][] report = {
            {"Basic facts: functions, scope of service, hardware and software, deployment location, licences obtained", "互联网信息服务的功能、服务范围、软硬件设施、部署位置等基本情况和相关证照获取情况"},
            {"Implementation of security management systems and technical measures, and their effect on risk", "安全管理制度和技术措施落实情况及风险防控效果"},
            {"The assessment's conclusion", "安全评估结论"},
            {"Other matters to explain", "其他应当说明的相关情况"}};
        for (int i = 0; i < report.length; i++) {
            String ref = "SAP2018 Art. 6(2)(" + (i + 1) + ")";
            Md.Section h = rep.section((i + 1) + ". " + lang.t(report[i][0], report[i][1]) + " " + cites.m(ref));
            if (i == 0) {
                List<String> capabilities = ctx.list("capabilities");
                if (!capabilities.isEmpty()) h.line(lang.t("- Functions: ", "- 功能：") + Ctx.words(capabilities, lang) + " " + Ctx.fromDescription(lang));
                List<String> channels = ctx.list("publicOpinion", "channels");
                if (!channels.isEmpty()) h.line(lang.t("- Public-expression features: ", "- 公众表达功能：") + Ctx.words(channels, lang) + " " + Ctx.fromDescription(lang));
            }
            h.line("- " + Ctx.todo(lang, lang.t("this part of the report", "报告的该部分内容")) + " " + cites.mv(ref));
        }

        Md.Section submit = s.section(lang.t("Submitting the report ", "提交评估报告 ") + cites.m("SAP2018 Art. 7(1)"));
        submit.line(lang.t("- The report is submitted through the National Internet Security Management Service Platform to the CAC office and the public "
                        + "security organ at city level or above where the provider is located ",
                "- 应当将安全评估报告通过全国互联网安全管理服务平台提交所在地地市级以上网信部门和公安机关 ") + cites.mv("SAP2018 Art. 7(1)"));
        submit.line(lang.t("- When: before the service or function goes live in the cases of Art. 3 items (1)–(2), within 30 working days in the cases of items (3)–(5) ",
                "- 时间：第三条第（一）、（二）项情形在上线或增设功能前，第（三）至（五）项情形在三十个工作日内 ") + cites.mv("SAP2018 Art. 7(2)"));

        if (applyingCite(a, ctx.sources, "GAIM Art. 17")) {
            Md.Section gaim = s.section(lang.t("Generative AI ", "生成式人工智能 ") + cites.m("GAIM Art. 17"));
            gaim.line(lang.t("- A generative AI service with public-opinion attributes or social-mobilisation capacity carries out a security assessment under state rules ",
                    "- 提供具有舆论属性或者社会动员能力的生成式人工智能服务的，应当按照国家有关规定开展安全评估 ") + cites.m("GAIM Art. 17"));
            gaim.line(lang.t("- In the generative-AI filing the assessment is commonly organised around the TC260 document TC260-003 (Basic security "
                            + "requirements for generative AI services), since made the recommended standard GB/T 45654-2025: training data, model and "
                            + "safety measures; it is not registered in this rule base, so check its current text ",
                    "- 在生成式人工智能备案中，安全评估通常依据TC260-003《生成式人工智能服务安全基本要求》（后转化为推荐性国家标准GB/T 45654-2025）组织，"
                            + "涵盖语料安全、模型安全和安全措施；该文件未在本规则库登记，请核对其现行文本 ") + Ctx.practice(lang));
        }
        for (Answer.Ob o : a.where(x -> x.applies() && x.id().startsWith("lm.filing.labelling-materials"))) {
            Md.Section lm = s.section(lang.t("Labelling materials ", "标识材料 ") + cites.m("LM Art. 12"));
            lm.line(lang.t("- With the assessment, provide the materials on labelling generated content: ", "- 履行安全评估等手续时，提供生成合成内容标识相关材料：")
                    + obligationLine(o, cites, lang));
        }
    }

    private static void anthropomorphic(Ctx ctx, List<Answer.Ob> obs, Md md, Cites cites, Language lang) {
        Md.Section s = md.root().section(lang.t("Assessment of an anthropomorphic interaction service ", "拟人化互动服务安全评估 ") + cites.m("AHIM Art. 22"));
        for (Answer.Ob o : obs) s.line("- " + obligationLine(o, cites, lang));
        s.line(lang.t("- The provider carries out a security assessment and submits the report to the provincial cyberspace administration ",
                "- 提供者应当开展安全评估，并向省级网信部门提交评估报告 ") + cites.mv("AHIM Art. 22(1)"));
        Md.Section triggers = s.section(lang.t("When ", "评估情形 ") + cites.m("AHIM Art. 22(1)"));
        String[] zh = {"上线拟人化互动服务或者增设相关功能", "使用新技术新应用，导致服务发生重大变更", "注册用户达到100万或者月活跃用户达到10万",
            "存在可能影响国家安全或者社会公共利益的风险", "国家网信部门和有关部门规定的其他情形"};
        for (int i = 1; i <= 5; i++) {
            String ref = "AHIM Art. 22(1)(" + i + ")";
            boolean cited = obs.stream().anyMatch(o -> o.cites(ctx.sources, ref));
            triggers.line("- " + lang.t(ctx.sources.ref(ref).summary(), zh[i - 1] + "（据登记摘要）") + " " + cites.mv(ref)
                    + (cited ? lang.t(" — cited in this answer", " — 本答复援引") : ""));
        }
        Md.Section focus = s.section(lang.t("What the assessment focuses on ", "评估重点 ") + cites.m("AHIM Art. 23"));
        focus.para(lang.t("AHIM Art. 23 is registered only as a summary (confidence medium): the headings below follow it; check the wording before relying on it.",
                "第二十三条仅登记摘要（可信度中）：以下标题据此列出，援引前请核对原文。"));
        for (int i = 0; i < AHIM_FOCUS.length; i++) {
            Md.Section h = focus.section((i + 1) + ". " + lang.t(AHIM_FOCUS[i][0], AHIM_FOCUS[i][1]) + " " + cites.m("AHIM Art. 23"));
            if (i == 3) {
                if (ctx.at("users", "registered").isNumber()) {
                    h.line(lang.t("- Registered users: ", "- 注册用户：") + ctx.at("users", "registered").asText() + " " + Ctx.fromDescription(lang));
                }
                if (ctx.at("users", "monthlyActive").isNumber()) {
                    h.line(lang.t("- Monthly active users: ", "- 月活跃用户：") + ctx.at("users", "monthlyActive").asText() + " " + Ctx.fromDescription(lang));
                }
            }
            if (i == 4) {
                Boolean minors = ctx.flag("audience", "minors");
                Boolean elderly = ctx.flag("audience", "elderly");
                if (minors != null) h.line(lang.t("- Minors can use it: ", "- 未成年人可使用：") + yesNo(minors, lang) + " " + Ctx.fromDescription(lang));
                if (elderly != null) h.line(lang.t("- Serves elderly users: ", "- 面向老年用户：") + yesNo(elderly, lang) + " " + Ctx.fromDescription(lang));
            }
            h.line("- " + Ctx.todo(lang, lang.t("how the service stands on this point", "服务在该方面的情况")) + " " + cites.mv("AHIM Art. 23"));
        }
    }

    private static void tools(Ctx ctx, List<Answer.Ob> obs, Md md, Cites cites, Language lang) {
        Md.Section s = md.root().section(lang.t("Assessment of models, templates and other tools ", "模型、模板等工具的安全评估 ") + cites.m("DSP Art. 15(2)"));
        for (Answer.Ob o : obs) s.line("- " + obligationLine(o, cites, lang));
        s.line(lang.t("- The provider or technical supporter carries out the assessment itself or commissions a professional institution ",
                "- 应当依法自行或者委托专业机构开展安全评估 ") + cites.mv("DSP Art. 15(2)"));
        s.line(lang.t("- The provision sets no headings for this assessment; organising it along the items of the 2018 Security Assessment "
                        + "Provisions or the generative-AI security requirements is a choice ",
                "- 该条未规定此项评估的具体栏目；参照2018年安全评估规定所列事项或生成式人工智能安全要求组织评估，属于可选做法 ") + Ctx.practice(lang));
        boolean biometric = obs.stream().anyMatch(o -> o.cites(ctx.sources, "DSP Art. 15(2)(1)"));
        boolean scenes = obs.stream().anyMatch(o -> o.cites(ctx.sources, "DSP Art. 15(2)(2)"));
        if (biometric) {
            Md.Section h = s.section(lang.t("Tools that generate or edit biometric information such as faces and voices ",
                    "生成或者编辑人脸、人声等生物识别信息的工具 ") + cites.m("DSP Art. 15(2)(1)"));
            List<String> kinds = ctx.list("biometricEditing");
            if (!kinds.isEmpty()) h.line(lang.t("- Biometric editing: ", "- 生物识别信息编辑：") + Ctx.words(kinds, lang) + " " + Ctx.fromDescription(lang));
            h.line("- " + Ctx.todo(lang, lang.t("each tool, what it generates or edits, and the risks found", "各工具、其生成或编辑的内容及发现的风险"))
                    + " " + cites.mv("DSP Art. 15(2)(1)"));
        }
        if (scenes) {
            Md.Section h = s.section(lang.t("Tools for special objects or scenes that may touch national security, national image or the public interest ",
                    "生成或者编辑可能涉及国家安全、国家形象、国家利益和社会公共利益的特殊物体、场景等非生物识别信息的工具 ") + cites.m("DSP Art. 15(2)(2)"));
            h.line("- " + Ctx.todo(lang, lang.t("each tool, what it generates or edits, and the risks found", "各工具、其生成或编辑的内容及发现的风险"))
                    + " " + cites.mv("DSP Art. 15(2)(2)"));
        }
    }

    private static String yesNo(boolean b, Language lang) {
        return b ? lang.t("yes", "是") : lang.t("no", "否");
    }
}
