package synthlex.pack;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import synthlex.law.Citation;

/**
 * {@code consent-texts.md}, for every consent obligation in the answer: a draft prompt per kind of
 * consent, each element the law requires it to contain cited (PIPL Art. 17(1) for the notice,
 * Arts. 29–30 for sensitive information, Art. 31 for children under 14, Art. 39 for transfers
 * abroad, Art. 23 for other handlers, Arts. 25–26, DSP Art. 14(2), AHIM Art. 16). Every consent
 * obligation of the answer is listed under the prompt that serves it, with its own bases.
 */
final class ConsentTexts extends Doc {
    static final String FILE = "consent-texts.md";

    enum Prompt { GENERAL, SENSITIVE, MINORS, CROSS_BORDER, OTHER_HANDLERS, DISCLOSURE, PUBLIC_PLACE, BIOMETRIC_EDITING, INTERACTION_DATA }

    @Override String file() { return FILE; }

    @Override String purpose(Language lang) {
        return lang.t("Draft consent prompts: each element with the provision it comes from, and the consent obligations each prompt serves.",
                "同意文本草稿：列明法律要求的各项要素及其依据，以及各文本对应的同意义务。");
    }

    @Override boolean serves(Answer.Ob o) {
        return o.kind().equals("consent");
    }

    static Prompt prompt(Answer.Ob o, Sources s) {
        if (o.id().startsWith("dsp.consent.biometric-editing-prompt")) return Prompt.BIOMETRIC_EDITING;
        if (o.id().startsWith("ahim.interaction-data")) return Prompt.INTERACTION_DATA;
        if (o.cites(s, "PIPL Art. 39")) return Prompt.CROSS_BORDER;
        if (o.citesAny(s, "PIPL Art. 31(1)", "AHIM Art. 14(1)", "AHIM Art. 17") || o.id().contains("guardian")) return Prompt.MINORS;
        if (o.citesAny(s, "PIPL Art. 29", "FRM Art. 6(1)")) return Prompt.SENSITIVE;
        if (o.cites(s, "PIPL Art. 23")) return Prompt.OTHER_HANDLERS;
        if (o.cites(s, "PIPL Art. 25")) return Prompt.DISCLOSURE;
        if (o.cites(s, "PIPL Art. 26")) return Prompt.PUBLIC_PLACE;
        return Prompt.GENERAL;
    }

    @Override String render(Ctx ctx, Language lang) {
        Answer a = ctx.answer(lang);
        Sources src = ctx.sources;
        Cites cites = new Cites(src, lang);
        Map<Prompt, List<Answer.Ob>> byPrompt = new LinkedHashMap<>();
        for (Prompt p : Prompt.values()) byPrompt.put(p, new ArrayList<>());
        for (Answer.Ob o : a.where(this::serves)) byPrompt.get(prompt(o, src)).add(o);

        Md md = start(ctx, lang, lang.t("Consent texts — drafts", "同意文本 — 草稿"));
        md.root().para(lang.t("Draft prompts to show before the processing each one covers. Each element comes from the provision cited at its end; "
                        + "the wording is a draft for the team and its counsel. Where an obligation is undetermined or comes into "
                        + "force later, its prompt says so.",
                "以下为在相应处理活动之前展示的提示草稿。每项要素均为所引条款要求提示中包含的内容；措辞仅为供团队及法律顾问使用的草稿。"
                        + "相关义务待定或将来施行的，在对应提示中予以说明。"));
        legend(md, lang);

        String name = Md.esc(a.name());
        String from = Ctx.fromDescription(lang);
        for (Map.Entry<Prompt, List<Answer.Ob>> e : byPrompt.entrySet()) {
            List<Answer.Ob> obs = e.getValue();
            if (obs.isEmpty()) continue;
            Md.Section s = md.root().section(heading(e.getKey(), lang));
            Md.Section covers = s.section(lang.t("Obligations this prompt serves", "本提示对应的义务"));
            for (Answer.Ob o : obs) covers.line("- " + obligationLine(o, cites, lang));
            Md.Section draft = s.section(lang.t("Draft: the elements, each with its basis", "草稿：各项要素及其依据"));
            switch (e.getKey()) {
                case GENERAL -> general(ctx, a, obs, draft, cites, lang, name, from);
                case SENSITIVE -> sensitive(ctx, obs, draft, cites, lang, name, from);
                case MINORS -> minors(ctx, obs, draft, cites, lang, name);
                case CROSS_BORDER -> crossBorder(draft, cites, lang, name);
                case OTHER_HANDLERS -> otherHandlers(draft, cites, lang, name);
                case DISCLOSURE -> draft.line(lang.t("- **Separate consent to publication**: “" + name + " will make the following public only with your "
                                + "separate consent: " + Ctx.todo(lang, "what is published, where and to whom") + "” ",
                        "- **单独同意公开**：“" + name + "仅在取得您的单独同意后公开以下信息：" + Ctx.todo(lang, "公开的内容、范围和对象") + "” ")
                        + cites.m("PIPL Art. 25"));
                case PUBLIC_PLACE -> draft.line(lang.t("- **Use beyond public security**: images and identity information collected in public places are "
                                + "used only to maintain public security, unless the individual gives separate consent: “" + Ctx.todo(lang, "the other use") + "” ",
                        "- **公共安全以外的用途**：在公共场所收集的个人图像、身份识别信息只能用于维护公共安全的目的，取得个人单独同意的除外：“"
                                + Ctx.todo(lang, "其他用途") + "” ") + cites.m("PIPL Art. 26"));
                case BIOMETRIC_EDITING -> biometricEditing(ctx, draft, cites, lang, from);
                case INTERACTION_DATA -> interactionData(obs, draft, cites, lang, name);
            }
            Set<String> shown = Set.of("PIPL Art. 13(2)");
            List<Citation> further = new ArrayList<>();
            for (Citation c : citations(obs)) if (!shown.contains(c.ref()) && !draftCites(e.getKey()).contains(c.ref())) further.add(c);
            if (!further.isEmpty()) {
                draft.line(lang.t("- **Further bases the answer cites for this consent** (quoted under Sources cited): ",
                        "- **答复就此项同意援引的其他依据**（原文见“引用的法律依据”）：") + cites.all(further));
            }
            if (obs.stream().anyMatch(o -> o.cites(src, "PIPL Art. 13(2)"))) {
                draft.line(lang.t("- **When no consent is needed**: consent is not required where one of the other legal bases applies, such as a "
                                + "contract with the individual or a statutory duty ",
                        "- **无需取得同意的情形**：具有订立、履行合同所必需或者履行法定职责等其他法定情形的，不需取得个人同意 ")
                        + cites.m("PIPL Art. 13(2)") + " " + cites.m("PIPL Art. 13(1)"));
            }
            if (e.getKey() == Prompt.BIOMETRIC_EDITING) continue; // a prompt to users, not a consent the service asks for
            Md.Section how = s.section(lang.t("How to ask", "征求同意的方式"));
            how.line(lang.t("- Consent is given voluntarily and explicitly by a fully informed individual ", "- 同意应当由个人在充分知情的前提下自愿、明确作出 ")
                    + cites.m("PIPL Art. 14(1)"));
            if (e.getKey() != Prompt.GENERAL) {
                how.line(lang.t("- Ask for it on its own: a separate step or pop-up with its own “Agree” action, not bundled into the privacy policy or "
                                + "the terms, and no pre-ticked box ",
                        "- 单独征求：以单独的步骤或弹窗及单独的“同意”操作取得，不与隐私政策或用户协议捆绑，不预先勾选 ") + Ctx.practice(lang));
            }
            how.line(lang.t("- Keep a record of each consent (who, when, which text version) to show it was obtained ",
                    "- 留存每次同意的记录（主体、时间、文本版本），以证明已取得同意 ") + Ctx.practice(lang));
        }

        cites.appendix(md.root());
        return md.render();
    }

    /** The references each draft writes itself (so they are not listed again as further bases). */
    private static Set<String> draftCites(Prompt p) {
        return switch (p) {
            case GENERAL -> Set.of("PIPL Art. 13(1)(1)", "PIPL Art. 14(1)", "PIPL Art. 14(2)", "PIPL Art. 15(1)", "PIPL Art. 17(1)(1)");
            case SENSITIVE -> Set.of("PIPL Art. 29", "PIPL Art. 30");
            case MINORS -> Set.of("PIPL Art. 31(1)", "AHIM Art. 14(1)");
            case CROSS_BORDER -> Set.of("PIPL Art. 39");
            case OTHER_HANDLERS -> Set.of("PIPL Art. 23");
            case DISCLOSURE -> Set.of("PIPL Art. 25");
            case PUBLIC_PLACE -> Set.of("PIPL Art. 26");
            case BIOMETRIC_EDITING -> Set.of("DSP Art. 14(2)");
            case INTERACTION_DATA -> Set.of("AHIM Art. 16");
        };
    }

    private static String heading(Prompt p, Language lang) {
        return switch (p) {
            case GENERAL -> lang.t("Notice and consent for processing personal information", "个人信息处理告知与同意");
            case SENSITIVE -> lang.t("Separate consent: sensitive personal information", "单独同意：敏感个人信息");
            case MINORS -> lang.t("Consent of a parent or guardian: children under 14", "监护人同意：不满十四周岁的未成年人");
            case CROSS_BORDER -> lang.t("Separate consent: providing personal information outside mainland China", "单独同意：向境外提供个人信息");
            case OTHER_HANDLERS -> lang.t("Separate consent: providing personal information to another handler", "单独同意：向其他个人信息处理者提供");
            case DISCLOSURE -> lang.t("Separate consent: making personal information public", "单独同意：公开个人信息");
            case PUBLIC_PLACE -> lang.t("Separate consent: other uses of images collected in public places", "单独同意：公共场所所采集图像的其他用途");
            case BIOMETRIC_EDITING -> lang.t("Prompt to users who edit a face or voice", "对编辑他人人脸、人声的使用者的提示");
            case INTERACTION_DATA -> lang.t("Separate consent: using interaction data", "单独同意：交互数据的使用");
        };
    }

    /** The four notice items of PIPL Art. 17(1), pre-filled where the description allows. */
    private static void noticeItems(Ctx ctx, Md.Section d, Cites cites, Language lang, String name, String from, String extraPurpose) {
        d.line(lang.t("- **Who we are**: “" + name + " is provided by " + Ctx.todo(lang, "the handler's legal name") + "; contact: "
                        + Ctx.todo(lang, "address, e-mail or phone") + ".” ",
                "- **处理者名称和联系方式**：“" + name + "由" + Ctx.todo(lang, "处理者法定名称") + "提供；联系方式：" + Ctx.todo(lang, "地址、电子邮箱或电话") + "。” ")
                + cites.m("PIPL Art. 17(1)(1)"));
        List<String> capabilities = ctx.list("capabilities");
        String purposes = capabilities.isEmpty() ? Ctx.todo(lang, lang.t("the purposes", "处理目的"))
                : lang.t("to provide " + Ctx.words(capabilities, lang), "提供" + Ctx.words(capabilities, lang) + "功能");
        String prefilled = capabilities.isEmpty() && extraPurpose.isEmpty() ? "" : " " + from;
        d.line(lang.t("- **Purposes, methods, categories, retention**: “We process your personal information " + purposes + extraPurpose + ". Methods: "
                        + Ctx.todo(lang, "how it is collected and used") + ". Categories: " + Ctx.todo(lang, "each category") + ". Kept for: "
                        + Ctx.todo(lang, "the retention period") + ".”" + prefilled + " ",
                "- **处理目的、处理方式、个人信息种类、保存期限**：“我们处理您的个人信息，用于" + purposes + extraPurpose + "。处理方式：" + Ctx.todo(lang, "收集和使用方式")
                        + "。个人信息种类：" + Ctx.todo(lang, "逐项列明") + "。保存期限：" + Ctx.todo(lang, "保存期限") + "。”" + prefilled + " ")
                + cites.m("PIPL Art. 17(1)(2)"));
        d.line(lang.t("- **Your rights**: “You can exercise your rights under the Personal Information Protection Law (to know, decide, access, copy, "
                        + "correct, delete …) by " + Ctx.todo(lang, "the channel and procedure") + ".” ",
                "- **个人行使权利的方式和程序**：“您可以通过" + Ctx.todo(lang, "渠道和程序") + "行使《个人信息保护法》规定的权利（知情、决定、查阅、复制、更正、删除等）。” ")
                + cites.m("PIPL Art. 17(1)(3)"));
        d.line(lang.t("- **Other matters**: " + Ctx.todo(lang, "anything else laws or administrative regulations require to be notified") + " ",
                "- **其他事项**：" + Ctx.todo(lang, "法律、行政法规规定应当告知的其他事项") + " ") + cites.m("PIPL Art. 17(1)(4)"));
    }

    private static void general(Ctx ctx, Answer a, List<Answer.Ob> obs, Md.Section d, Cites cites, Language lang, String name, String from) {
        Sources src = ctx.sources;
        boolean training = obs.stream().anyMatch(o -> o.id().contains("training-data"));
        String extra = training ? lang.t(", and to train our models", "，以及训练我们的模型") : "";
        d.para(lang.t("Before processing, the notice tells the individual the following, conspicuously and in clear and plain language ",
                "处理个人信息前，应当以显著方式、清晰易懂的语言真实、准确、完整地告知下列事项 ") + cites.m("PIPL Art. 17(1)"));
        noticeItems(ctx, d, cites, lang, name, from, extra);
        if (training) {
            List<Citation> bases = new ArrayList<>();
            for (Answer.Ob o : obs) if (o.id().contains("training-data")) bases.addAll(o.citations());
            d.line(lang.t("- **Training on personal information**: training data that contains personal information rests on the individual's consent "
                            + "or another legal basis; say which in the purposes above ",
                    "- **使用个人信息训练模型**：训练数据包含个人信息的，应当取得个人同意或者符合法律、行政法规规定的其他情形；在上述处理目的中说明 ")
                    + cites.all(bases));
        }
        d.line(lang.t("- **Consent**: “I have read the above and agree that " + name + " processes my personal information as described.” — with an "
                        + "“Agree” action the individual takes, and a way to decline ",
                "- **同意**：“本人已阅读上述内容，同意" + name + "按上述说明处理本人的个人信息。”——由个人主动点击“同意”，并提供拒绝的选项 ")
                + cites.m("PIPL Art. 13(1)(1)") + " " + cites.m("PIPL Art. 14(1)"));
        if (a.find("pipl.consent.withdrawal").isPresent()) {
            d.line(lang.t("- **Withdrawal**: “You can withdraw your consent at any time in " + Ctx.todo(lang, "where") + "; withdrawal does not affect "
                            + "processing already carried out.” — the way to withdraw is convenient ",
                    "- **撤回同意**：“您可以随时通过" + Ctx.todo(lang, "路径") + "撤回同意；撤回同意不影响撤回前基于同意已进行的处理活动的效力。”——应当提供便捷的撤回方式 ")
                    + cites.m("PIPL Art. 15(1)") + " " + cites.m("PIPL Art. 15(2)"));
        }
        if (a.find("pipl.consent.renew-on-change").isPresent()) {
            d.line(lang.t("- **Changes**: “If the purposes, methods or categories change, we will ask for your consent again.” ",
                    "- **变更**：“如处理目的、处理方式或个人信息种类发生变更，我们将重新取得您的同意。” ") + cites.m("PIPL Art. 14(2)") + " " + cites.m("PIPL Art. 17(2)"));
        }
        if (a.find("pipl.prohibition.refuse-service-without-consent").isPresent()) {
            d.line(lang.t("- **No refusal of service**: the service is not refused because the individual declines or withdraws consent, unless the "
                            + "processing is necessary to provide it ",
                    "- **不得拒绝提供服务**：不得以个人不同意或者撤回同意为由拒绝提供产品或者服务，处理个人信息属于提供产品或者服务所必需的除外 ")
                    + cites.m("PIPL Art. 16"));
        }
        {
            d.line(lang.t("- **Privacy policy**: where the notice is given through processing rules, the rules are public and easy to consult and keep ",
                    "- **个人信息处理规则**：通过制定个人信息处理规则的方式告知的，处理规则应当公开，并且便于查阅和保存 ") + cites.m("PIPL Art. 17(3)"));
        }
    }

    private static void sensitive(Ctx ctx, List<Answer.Ob> obs, Md.Section d, Cites cites, Language lang, String name, String from) {
        List<String> categories = ctx.list("personalInformation", "sensitive");
        String what = categories.isEmpty() ? Ctx.todo(lang, lang.t("the sensitive categories", "敏感个人信息的种类")) : Ctx.words(categories, lang);
        String prefilled = categories.isEmpty() ? "" : from + " ";
        d.para(lang.t("Shown on its own, before the sensitive information is processed; it also carries the notice items of PIPL Art. 17(1) "
                        + "(see “Notice and consent” above, or repeat them here) ",
                "单独展示，在处理敏感个人信息前取得；同时包含《个人信息保护法》第十七条第一款规定的告知事项（见上文“个人信息处理告知与同意”，或在此重复） ")
                + cites.m("PIPL Art. 30") + " " + cites.m("PIPL Art. 17(1)"));
        d.line(lang.t("- **What**: “To provide this function, " + name + " processes your " + what + ", which is sensitive personal information.” ",
                "- **处理的敏感个人信息**：“为提供该功能，" + name + "需要处理您的" + what + "，属于敏感个人信息。” ") + prefilled + cites.m("PIPL Art. 28(1)"));
        d.line(lang.t("- **Why it is necessary**: “We need it because " + Ctx.todo(lang, "the necessity") + ".” ",
                "- **处理的必要性**：“我们需要处理该信息，因为" + Ctx.todo(lang, "必要性说明") + "。” ") + cites.m("PIPL Art. 30"));
        d.line(lang.t("- **Effect on your rights**: “Processing it may affect you as follows: " + Ctx.todo(lang, "the impact") + ".” ",
                "- **对个人权益的影响**：“处理该信息可能对您产生以下影响：" + Ctx.todo(lang, "影响说明") + "。” ") + cites.m("PIPL Art. 30"));
        d.line(lang.t("- **Specific purpose and strict protection**: sensitive information is processed only for a specific purpose, where there is "
                        + "sufficient necessity, and with strict protective measures: " + Ctx.todo(lang, "the measures") + " ",
                "- **特定目的和严格保护**：只有在具有特定的目的和充分的必要性，并采取严格保护措施的情形下，方可处理敏感个人信息；保护措施：" + Ctx.todo(lang, "保护措施") + " ")
                + cites.m("PIPL Art. 28(2)"));
        d.line(lang.t("- **Separate consent**: “I agree that " + name + " processes my " + what + " for the purpose above.” — a consent given for "
                        + "this processing alone ",
                "- **单独同意**：“本人同意" + name + "为上述目的处理本人的" + what + "。”——仅就此项处理单独作出的同意 ") + prefilled + cites.m("PIPL Art. 29"));
    }

    private static void minors(Ctx ctx, List<Answer.Ob> obs, Md.Section d, Cites cites, Language lang, String name) {
        Sources src = ctx.sources;
        d.para(lang.t("Addressed to the parent or guardian when the user is under 14.", "用户不满十四周岁时，向其父母或者其他监护人展示。"));
        d.line(lang.t("- **Guardian's consent**: “Your child is under 14. " + name + " processes your child's personal information only with your consent "
                        + "as parent or guardian.” ",
                "- **监护人同意**：“您的孩子不满十四周岁。" + name + "仅在取得您作为父母或者其他监护人的同意后处理孩子的个人信息。” ") + cites.m("PIPL Art. 31(1)"));
        d.line(lang.t("- **The notice items, addressed to the guardian**: who we are, purposes, methods, categories, retention, how to exercise rights ",
                "- **向监护人告知的事项**：处理者名称和联系方式、处理目的、处理方式、个人信息种类、保存期限、行使权利的方式和程序 ") + cites.m("PIPL Art. 17(1)"));
        d.line(lang.t("- **Sensitive information**: a child's personal information under 14 is sensitive personal information; tell the guardian why "
                        + "processing it is necessary and how it affects the child: " + Ctx.todo(lang, "necessity and impact") + " ",
                "- **敏感个人信息**：不满十四周岁未成年人的个人信息属于敏感个人信息；向监护人说明处理的必要性及对个人权益的影响：" + Ctx.todo(lang, "必要性和影响") + " ")
                + cites.m("PIPL Art. 28(1)") + " " + cites.m("PIPL Art. 30"));
        d.line(lang.t("- **Dedicated rules**: link to the dedicated rules for processing the personal information of children under 14: "
                        + Ctx.todo(lang, "the link") + " ",
                "- **专门规则**：附上不满十四周岁未成年人个人信息处理专门规则的链接：" + Ctx.todo(lang, "链接") + " ") + cites.m("PIPL Art. 31(2)"));
        if (obs.stream().anyMatch(o -> o.cites(src, "AHIM Art. 14(1)"))) {
            d.line(lang.t("- **Anthropomorphic services**: no virtual-relative, virtual-partner or other virtual intimate-relationship roles are offered "
                            + "to minors; other anthropomorphic interaction services to a child under 14 need the guardian's consent ",
                    "- **拟人化互动服务**：不得向未成年人提供虚拟亲属、虚拟伴侣等虚拟亲密关系的服务；向不满十四周岁未成年人提供其他拟人化互动服务的，应当取得监护人同意 ")
                    + cites.mv("AHIM Art. 14(1)"));
        }
        d.line(lang.t("- **Checking that the person consenting is the guardian**: " + Ctx.todo(lang, "how the guardian is verified") + " ",
                "- **核验同意者的监护人身份**：" + Ctx.todo(lang, "监护人身份核验方式") + " ") + Ctx.practice(lang));
    }

    private static void crossBorder(Md.Section d, Cites cites, Language lang, String name) {
        String b = cites.m("PIPL Art. 39");
        d.para(lang.t("Before personal information is provided outside mainland China, the individual is told the following and gives separate consent ",
                "向境外提供个人信息前，应当向个人告知下列事项，并取得个人的单独同意 ") + b);
        d.line(lang.t("- **Overseas recipient**: “" + Ctx.todo(lang, "the recipient's name") + "” ", "- **境外接收方名称**：“" + Ctx.todo(lang, "名称或者姓名") + "” ") + b);
        d.line(lang.t("- **Recipient's contact**: “" + Ctx.todo(lang, "contact details") + "” ", "- **联系方式**：“" + Ctx.todo(lang, "联系方式") + "” ") + b);
        d.line(lang.t("- **Purposes and methods of the recipient's processing**: “" + Ctx.todo(lang, "purposes and methods") + "” ",
                "- **处理目的、处理方式**：“" + Ctx.todo(lang, "处理目的和方式") + "” ") + b);
        d.line(lang.t("- **Categories of personal information provided**: “" + Ctx.todo(lang, "each category") + "” ",
                "- **个人信息的种类**：“" + Ctx.todo(lang, "逐项列明") + "” ") + b);
        d.line(lang.t("- **How to exercise your rights against the recipient**: “" + Ctx.todo(lang, "the way and procedure") + "” ",
                "- **向境外接收方行使权利的方式和程序**：“" + Ctx.todo(lang, "方式和程序") + "” ") + b);
        d.line(lang.t("- **Separate consent**: “I agree that " + name + " provides my personal information described above to the overseas recipient.” ",
                "- **单独同意**：“本人同意" + name + "向上述境外接收方提供本人的上述个人信息。” ") + b);
        d.line(lang.t("- **Not part of the prompt**: a transfer also needs a condition of its own (a CAC security assessment, certification or the "
                        + "standard contract) ",
                "- **不属于提示内容**：向境外提供个人信息还应当具备法定条件（通过安全评估、个人信息保护认证或者订立标准合同） ") + cites.m("PIPL Art. 38(1)"));
    }

    private static void otherHandlers(Md.Section d, Cites cites, Language lang, String name) {
        String b = cites.m("PIPL Art. 23");
        d.para(lang.t("Before personal information is provided to another handler, the individual is told the following and gives separate consent ",
                "向其他个人信息处理者提供个人信息前，应当向个人告知下列事项，并取得个人的单独同意 ") + b);
        d.line(lang.t("- **Recipient**: “" + Ctx.todo(lang, "the recipient's name") + "”; contact: “" + Ctx.todo(lang, "contact details") + "” ",
                "- **接收方名称和联系方式**：“" + Ctx.todo(lang, "名称或者姓名") + "”；联系方式：“" + Ctx.todo(lang, "联系方式") + "” ") + b);
        d.line(lang.t("- **Purposes, methods and categories**: “" + Ctx.todo(lang, "the recipient's purposes, methods and the categories provided") + "” ",
                "- **处理目的、处理方式和个人信息的种类**：“" + Ctx.todo(lang, "接收方的处理目的、处理方式及提供的个人信息种类") + "” ") + b);
        d.line(lang.t("- **Separate consent**: “I agree that " + name + " provides my personal information described above to the recipient.” ",
                "- **单独同意**：“本人同意" + name + "向上述接收方提供本人的上述个人信息。” ") + b);
    }

    private static void biometricEditing(Ctx ctx, Md.Section d, Cites cites, Language lang, String from) {
        List<String> kinds = ctx.list("biometricEditing");
        String what = kinds.isEmpty() ? lang.t("face or voice", "人脸、人声") : Ctx.words(kinds, lang);
        String prefilled = kinds.isEmpty() ? "" : from + " ";
        String b = cites.m("DSP Art. 14(2)");
        d.para(lang.t("A prompt to the service's users, not to the person edited: the provider prompts users to inform the person whose biometric "
                        + "information they edit and to obtain that person's separate consent ",
                "面向服务使用者而非被编辑者的提示：提供人脸、人声等生物识别信息编辑功能的，应当提示使用者依法告知被编辑的个人，并取得其单独同意 ") + b);
        d.line(lang.t("- **The prompt**: “Before you edit another person's " + what + ", tell that person as the law requires and obtain their separate consent.” ",
                "- **提示语**：“编辑他人的" + what + "前，请依法告知被编辑的个人，并取得其单独同意。” ") + prefilled + b);
        d.line(lang.t("- **When**: each time a user uploads or selects another person's face or voice to edit, before the edit runs; a confirmation "
                        + "the user ticks, kept in the logs ",
                "- **时机**：每次使用者上传或选择他人的人脸、人声进行编辑时，在编辑执行前提示；由使用者勾选确认并留存日志 ") + Ctx.practice(lang));
    }

    private static void interactionData(List<Answer.Ob> obs, Md.Section d, Cites cites, Language lang, String name) {
        if (obs.stream().anyMatch(o -> o.id().equals("ahim.interaction-data.training-consent"))) {
            d.line(lang.t("- **Training on sensitive interaction data**: interaction data that is the user's sensitive personal information is not used to "
                            + "train models without the user's separate consent (unless a law or administrative regulation provides otherwise): “I agree "
                            + "that " + name + " uses my conversations that contain sensitive personal information to train its models.” ",
                    "- **使用敏感交互数据训练模型**：除法律、行政法规另有规定或者取得用户单独同意外，不得将属于用户敏感个人信息的交互数据用于模型训练："
                            + "“本人同意" + name + "将本人含有敏感个人信息的交互数据用于模型训练。” ") + cites.mv("AHIM Art. 16"));
        }
        if (obs.stream().anyMatch(o -> o.id().equals("ahim.interaction-data.no-third-party"))) {
            d.line(lang.t("- **Third parties**: interaction data is not provided to third parties without a legal basis or the user's explicit consent: "
                            + "“" + Ctx.todo(lang, "each third party and purpose, if any") + "” ",
                    "- **第三方**：无法律依据或者未取得用户明确同意的，不得向第三方提供交互数据：“" + Ctx.todo(lang, "如有，逐一列明第三方及目的") + "” ")
                    + cites.m("AHIM Art. 16") + lang.t(" (this part of the article is registered only in its summary, not verbatim)",
                            "（该条此部分仅登记摘要，未核实原文）"));
        }
    }
}
