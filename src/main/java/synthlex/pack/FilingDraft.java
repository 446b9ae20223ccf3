package synthlex.pack;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import synthlex.law.Citation;

/**
 * {@code algorithm-filing-draft.md}, where an algorithm-filing obligation applies: the sections of
 * the Internet Information Service Algorithm Filing System, pre-filled from the description. What
 * the law names comes from ARP Art. 24(1) (name, service form, application field, algorithm type,
 * self-assessment report, content to publish) and ARP Art. 2(2) (the five types); the system's
 * organisation into entity, algorithm and product-and-function forms is its practice, and said so.
 */
final class FilingDraft extends Doc {
    static final String FILE = "algorithm-filing-draft.md";
    /** The rule base's algorithm-filing obligations ({@code grep -n filing rules/*.drl}). */
    static final Set<String> IDS = Set.of("algorithm-filing", "algorithm-filing.technical-supporter", "gaim.algorithm-filing.technical-supporter");

    /**
     * The five algorithm types of ARP Art. 2(2) and the capabilities that make each: the same
     * grouping as the "Algorithm recommendation technology" rules of rules/classification.drl
     * (speech recognition counts as generation and synthesis there, from filing practice).
     */
    private static final Map<String, List<String>> TYPES = new LinkedHashMap<>();
    static {
        TYPES.put("generation", List.of("chat", "writing", "emotional-companion", "speech-synthesis", "voice-cloning", "voice-editing",
                "music-generation", "audio-editing", "face-generation", "face-swap", "face-editing", "pose-editing", "image-generation",
                "image-editing", "image-enhancement", "image-restoration", "video-generation", "video-editing", "immersive-scene",
                "3d-reconstruction", "digital-simulation", "digital-human", "code-generation", "summarization", "translation",
                "speech-recognition"));
        TYPES.put("push", List.of("personalized-recommendation"));
        TYPES.put("ranking", List.of("ranking-selection"));
        TYPES.put("search", List.of("search-filtering"));
        TYPES.put("dispatch", List.of("dispatch-decision"));
    }

    /** Kinds of duty the self-assessment report shows are met (the algorithm-management duties). */
    private static final Set<String> REPORT_KINDS = Set.of("algorithm-review", "management-system", "content-moderation", "labelling",
            "minors-protection", "user-rights", "notice", "real-name-verification", "record-keeping", "complaint-handling", "prohibition");
    /** The instruments whose duties an algorithm filing's self-assessment speaks to. */
    private static final Set<String> ALGORITHM_LAW = Set.of("algorithm-recommendation-provisions", "deep-synthesis-provisions",
            "generative-ai-measures", "ai-content-labeling-measures", "anthropomorphic-ai-measures");

    @Override String file() { return FILE; }

    @Override String purpose(Language lang) {
        return lang.t("A draft of the algorithm filing: the filing system's sections pre-filled from the description, with what is still to write marked.",
                "算法备案草稿：按备案系统的栏目根据服务描述预填，并标明仍需填写的内容。");
    }

    @Override boolean serves(Answer.Ob o) {
        return IDS.contains(o.id());
    }

    static String typeName(String type, Language lang) {
        return switch (type) {
            case "generation" -> lang.t("generation and synthesis (生成合成类)", "生成合成类");
            case "push" -> lang.t("personalised push (个性化推送类)", "个性化推送类");
            case "ranking" -> lang.t("ranking and selection (排序精选类)", "排序精选类");
            case "search" -> lang.t("search and filtering (检索过滤类)", "检索过滤类");
            default -> lang.t("dispatch and decision-making (调度决策类)", "调度决策类");
        };
    }

    @Override String render(Ctx ctx, Language lang) {
        Answer a = ctx.answer(lang);
        Cites cites = new Cites(ctx.sources, lang);
        List<Answer.Ob> triggers = triggers(a);
        boolean provider = triggers.stream().anyMatch(o -> o.id().equals("algorithm-filing"));
        boolean supporter = triggers.stream().anyMatch(o -> o.id().equals("algorithm-filing.technical-supporter"));
        boolean gaimApi = triggers.stream().anyMatch(o -> o.id().equals("gaim.algorithm-filing.technical-supporter"));
        String name = Md.esc(a.name());
        String from = Ctx.fromDescription(lang);
        String practice = Ctx.practice(lang);

        Md md = start(ctx, lang, lang.t("Algorithm filing — draft", "算法备案 — 草稿"));
        md.root().para(lang.t("A draft to prepare the filing in the Internet Information Service Algorithm Filing System (互联网信息服务算法备案系统, "
                        + "https://beian.cac.gov.cn); it is not itself a filing.",
                "本草稿用于准备在互联网信息服务算法备案系统（https://beian.cac.gov.cn）中的备案，其本身不是备案。"));
        legend(md, lang);

        Md.Section why = md.root().section(lang.t("1. Why this service files", "1. 备案原因"));
        why.line(lang.t("- Source: the law. ", "- 来源：法律规定。") + cites.all(citations(triggers)));
        for (Answer.Ob o : triggers) {
            List<Citation> bases = Timing.bases(o.timing(), ctx.sources);
            why.line("- " + obligationLine(o, cites, lang) + lang.t(" — timing: ", " — 时间要求：") + Timing.text(o.timing(), lang)
                    + (bases.isEmpty() ? "" : " " + cites.all(bases)) + lang.t(" · due: ", " · 截止日期：") + Timing.due(o.due()));
            JsonNode r = o.reading();
            if (r.path("contested").asBoolean(false)) {
                why.line(lang.t("  - Reading (contested): ", "  - 解读（有争议）：") + Md.esc(r.path("text").asText())
                        + lang.t(" — Other reading: ", " — 另一种解读：") + Md.esc(r.path("alternative").asText()) + " " + cites.all(o.citations()));
            }
        }
        if (provider || gaimApi) {
            why.line(lang.t("- A provider with public-opinion attributes or social-mobilisation capacity files through the algorithm filing system "
                            + "within 10 working days of the day it starts providing the service, filling in the provider's name, service form, "
                            + "application field, algorithm type, algorithm self-assessment report and the content to be published ",
                    "- 具有舆论属性或者社会动员能力的算法推荐服务提供者应当在提供服务之日起十个工作日内通过互联网信息服务算法备案系统填报服务提供者的名称、"
                            + "服务形式、应用领域、算法类型、算法自评估报告、拟公示内容等信息 ") + cites.m("ARP Art. 24(1)"));
        }
        if (gaimApi) {
            why.line(lang.t("- A generative AI service with public-opinion attributes or social-mobilisation capacity completes algorithm filing "
                            + "under the Algorithm Recommendation Provisions ",
                    "- 提供具有舆论属性或者社会动员能力的生成式人工智能服务的，应当按照《互联网信息服务算法推荐管理规定》履行算法备案手续 ")
                    + cites.m("GAIM Art. 17"));
        }
        if (supporter) {
            why.line(lang.t("- A deep synthesis technical supporter files, and files changes and cancellation, by reference to the provider's procedure ",
                    "- 深度合成服务技术支持者应当参照服务提供者的规定履行备案和变更、注销备案手续 ") + cites.m("DSP Art. 19(2)"));
        }
        why.line(lang.t("- The text counts the 10 working days from the day the service is provided, not before launch; the generative-AI "
                        + "filing and the regulators treat filing as a step before launch, so plan it before launch " + practice,
                "- 条文规定自提供服务之日起十个工作日内备案，并未要求上线前备案；但生成式人工智能备案及监管实践将备案视为上线前步骤，建议在上线前完成 "
                        + practice));

        Md.Section entity = md.root().section(lang.t("2. Filing entity (主体信息)", "2. 主体信息"));
        entity.line(lang.t("- Source: the law names the provider's name ", "- 来源：法律规定填报服务提供者的名称 ") + cites.m("ARP Art. 24(1)")
                + lang.t("; that the system first registers the entity, with its own form, is the system's practice ",
                        "；备案系统先行办理主体备案、设有单独表单，属于备案系统的实务做法 ") + practice);
        entity.line(lang.t("- Name of the provider: ", "- 服务提供者名称：")
                + Ctx.todo(lang, lang.t("the legal name of the entity that provides the service, not the product's name; the product is called “"
                        + name + "” ", "提供服务的主体的法定名称（而非产品名称）；产品名称为“" + name + "” ")) + from + " " + cites.m("ARP Art. 24(1)"));
        entity.line(lang.t("- Entity details: ", "- 主体信息：") + Ctx.todo(lang, lang.t(
                "unified social credit code, legal representative, the person responsible for algorithm security and contacts, as the system's entity form asks ",
                "统一社会信用代码、法定代表人、算法安全责任人及联系方式等备案系统主体表单所列信息 ")) + practice);
        Md.Section role = entity.section(lang.t("Role: service provider or technical supporter", "备案主体角色：服务提供者或技术支持者"));
        List<String> roles = ctx.list("roles");
        role.line(lang.t("- Roles in the description: ", "- 服务描述中的角色：") + (roles.isEmpty() ? lang.t("none given", "未提供") : Ctx.words(roles, lang)) + " " + from);
        for (Answer.Ob o : triggers) {
            boolean asSupporter = o.bearer().equals("technical-supporter");
            if (o.id().equals("gaim.algorithm-filing.technical-supporter")) {
                role.line(lang.t("- File as: the provider of a generative AI service offered through a programmable interface, on the rule base's "
                                + "reading (see section 1) ",
                        "- 备案角色：通过提供可编程接口等方式提供生成式人工智能服务的提供者（依规则库的解读，见第1部分） ")
                        + cites.m("GAIM Art. 22(1)(2)") + lang.t(", for ", "，对应 ") + "`" + o.id() + "` " + cites.all(o.citations()));
                continue;
            }
            role.line(lang.t("- File as: ", "- 备案角色：") + (asSupporter
                    ? lang.t("technical supporter (技术支持者)", "技术支持者")
                    : lang.t("service provider (服务提供者)", "服务提供者")) + lang.t(", for ", "，对应 ") + "`" + o.id() + "` " + cites.all(o.citations()));
        }
        role.line(lang.t("- The system asks each filing for its role; a company that plays both roles files each algorithm in the role it plays for it ",
                "- 备案系统要求每项备案选择主体角色；同时具有两种角色的企业，按其对各算法所处角色分别备案 ") + practice);

        Md.Section algo = md.root().section(lang.t("3. Algorithm (算法信息)", "3. 算法信息"));
        algo.line(lang.t("- Source: the law names the algorithm type ", "- 来源：法律规定填报算法类型 ") + cites.m("ARP Art. 24(1)")
                + lang.t(" and the five types ", "，并列举五类算法 ") + cites.m("ARP Art. 2(2)")
                + lang.t("; the algorithm's name and one filing per algorithm are the system's practice ", "；算法名称及“一算法一备案”属于备案系统的实务做法 ") + practice);
        List<String> capabilities = ctx.list("capabilities");
        boolean capabilitiesKnown = ctx.known("capabilities");
        Md.Section types = algo.section(lang.t("Algorithm type (one or more of the five) ", "算法类型（五类中的一类或多类） ") + cites.m("ARP Art. 2(2)"));
        boolean anyType = false;
        for (Map.Entry<String, List<String>> t : TYPES.entrySet()) {
            List<String> matching = capabilities.stream().filter(t.getValue()::contains).toList();
            if (!matching.isEmpty()) {
                anyType = true;
                types.line(lang.t("- **Selected:** ", "- **选择：**") + typeName(t.getKey(), lang) + lang.t(" — capabilities: ", " — 功能：")
                        + Ctx.words(matching, lang) + " " + from);
            } else if (capabilitiesKnown) {
                types.line(lang.t("- Not indicated by the capabilities: ", "- 服务描述的功能未涉及：") + typeName(t.getKey(), lang) + " " + from);
            }
        }
        if (!anyType) {
            types.line("- " + Ctx.todo(lang, lang.t("choose the type: the description does not give capabilities that show one ",
                    "选择算法类型：服务描述未提供可据以判断的功能 ")) + cites.m("ARP Art. 2(2)"));
        }
        if (capabilities.contains("speech-recognition")) {
            types.line(lang.t("- Speech recognition has been filed as generation and synthesis in the CAC's filing practice ",
                    "- 在国家网信办的备案实务中，语音识别按生成合成类备案 ") + practice);
        }
        algo.line(lang.t("- Algorithm name: ", "- 算法名称：") + Ctx.todo(lang, lang.t(
                "the name of each algorithm; the system takes one filing per algorithm, so a service with several types of algorithm lists each ",
                "各算法的名称；备案系统按算法逐一备案，使用多类算法的服务应分别列出 ")) + practice);
        algo.line(lang.t("- Basic principle, purpose and main operating mechanism: ", "- 基本原理、目的意图和主要运行机制：")
                + Ctx.todo(lang, lang.t("a plain description of each; the same points are published (section 6) ",
                        "分别以通俗语言说明；相同内容亦须公示（见第6部分） ")) + cites.m("ARP Art. 16"));

        Md.Section product = md.root().section(lang.t("4. Product and function (产品及功能信息)", "4. 产品及功能信息"));
        product.line(lang.t("- Source: the law names the service form and the application field ", "- 来源：法律规定填报服务形式和应用领域 ")
                + cites.m("ARP Art. 24(1)") + lang.t("; linking each algorithm to the products and functions that use it is the system's practice ",
                        "；将算法与使用该算法的产品及功能相关联，属于备案系统的实务做法 ") + practice);
        List<String> formHints = new ArrayList<>();
        if (roles.contains("technical-supporter")) formHints.add(lang.t("models, APIs or technology for other providers", "向其他服务提供者提供模型、接口或技术"));
        if (roles.contains("service-provider")) formHints.add(lang.t("a service offered to users", "面向用户提供的服务"));
        if (roles.contains("content-platform")) formHints.add(lang.t("a platform that disseminates users' content", "传播用户发布内容的平台"));
        if (roles.contains("app-store")) formHints.add(lang.t("an app distribution platform", "应用程序分发平台"));
        product.line(lang.t("- Service form: ", "- 服务形式：") + Ctx.todo(lang, lang.t("app, website, mini program, API or other, with the name of each ",
                "应用程序、网站、小程序、应用程序编程接口等，及各自名称 "))
                + (formHints.isEmpty() ? "" : lang.t("; the description says: ", "；服务描述显示：") + String.join(lang.t(", ", "、"), formHints) + " " + from)
                + " " + cites.m("ARP Art. 24(1)"));
        List<String> fieldHints = new ArrayList<>();
        if (Boolean.TRUE.equals(ctx.flag("news"))) fieldHints.add(lang.t("internet news information", "互联网新闻信息"));
        if (Boolean.TRUE.equals(ctx.flag("consumerPricing"))) fieldHints.add(lang.t("selling goods or services to consumers", "向消费者销售商品或者提供服务"));
        if (Boolean.TRUE.equals(ctx.flag("workers"))) fieldHints.add(lang.t("dispatching workers", "劳动者工作调度"));
        if (Boolean.TRUE.equals(ctx.flag("audience", "minors"))) fieldHints.add(lang.t("used by minors", "未成年人使用"));
        if (capabilities.contains("emotional-companion")) fieldHints.add(lang.t("emotional companionship", "情感陪伴"));
        product.line(lang.t("- Application field: ", "- 应用领域：") + Ctx.todo(lang, lang.t("the field the service is used in ", "服务所应用的领域 "))
                + (fieldHints.isEmpty() ? "" : lang.t("; the description says: ", "；服务描述显示：") + String.join(lang.t(", ", "、"), fieldHints) + " " + from)
                + " " + cites.m("ARP Art. 24(1)"));
        if (!capabilities.isEmpty()) {
            product.line(lang.t("- Functions that use the algorithm: ", "- 使用算法的功能：") + Ctx.words(capabilities, lang) + " " + from);
        }
        List<String> channels = ctx.list("publicOpinion", "channels");
        if (!channels.isEmpty()) {
            product.line(lang.t("- Public-expression features, which give the service public-opinion attributes: ",
                    "- 使服务具有舆论属性的公众表达功能：") + Ctx.words(channels, lang) + " " + from + " " + cites.m("SAP2018 Art. 2(1)(1)"));
        }
        if (Boolean.TRUE.equals(ctx.flag("publicOpinion", "socialMobilisation"))) {
            product.line(lang.t("- The service can mobilise the public to specific activities ", "- 服务具有发动社会公众从事特定活动的能力 ")
                    + from + " " + cites.m("SAP2018 Art. 2(1)(2)"));
        }

        Md.Section report = md.root().section(lang.t("5. Algorithm self-assessment report (算法自评估报告)", "5. 算法自评估报告"));
        report.line(lang.t("- Source: the law makes the report part of the filing ", "- 来源：法律规定算法自评估报告为备案填报内容 ") + cites.m("ARP Art. 24(1)")
                + lang.t("; its headings are the filing system's template, not the law's text ", "；报告的栏目来自备案系统模板，而非法律条文 ") + practice);
        Set<String> bearers = new java.util.HashSet<>();
        for (Answer.Ob o : triggers) bearers.add(o.bearer());
        List<Answer.Ob> duties = a.where(o -> o.applies() && REPORT_KINDS.contains(o.kind()) && bearers.contains(o.bearer())
                && o.citations().stream().anyMatch(c -> ALGORITHM_LAW.contains(c.instrument())));
        if (!duties.isEmpty()) {
            Md.Section d = report.section(lang.t("Duties under the algorithm rules that the report shows are met", "报告中应说明已落实的算法相关义务"));
            for (Answer.Ob o : duties) {
                d.line("- " + obligationLine(o, cites, lang) + " — " + Ctx.todo(lang, lang.t("how it is met", "落实情况")));
            }
        }
        for (Answer.Ob o : a.where(x -> x.applies() && AssessmentOutline.PUBLIC_OPINION.contains(x.id()))) {
            report.line(lang.t("- The security assessment is outlined in security-self-assessment-outline.md in this pack: ",
                    "- 安全评估提纲见本合规包中的 security-self-assessment-outline.md：") + obligationLine(o, cites, lang));
        }
        for (Answer.Ob o : a.where(x -> x.applies() && x.id().startsWith("lm.filing.labelling-materials"))) {
            report.line(lang.t("- Labelling materials: with the filing, provide the materials on labelling generated content that the Labeling Measures "
                            + "call for, and share labelling information; labelling-spec.md in this pack is a start ",
                    "- 标识材料：履行算法备案手续时，应当按照《人工智能生成合成内容标识办法》提供生成合成内容标识相关材料，并加强标识信息共享；"
                            + "可参考本合规包中的 labelling-spec.md ") + cites.all(o.citations()));
        }

        Md.Section publish = md.root().section(lang.t("6. Content to publish (拟公示内容)", "6. 拟公示内容"));
        publish.line(lang.t("- Source: the law. The filing carries the content to be published ", "- 来源：法律规定。备案填报拟公示内容 ") + cites.m("ARP Art. 24(1)")
                + lang.t("; the provider publicises the basic principles, purpose and main operating mechanisms of its algorithm service in an appropriate way ",
                        "；算法推荐服务提供者应当以适当方式公示算法推荐服务的基本原理、目的意图和主要运行机制等 ") + cites.m("ARP Art. 16"));
        List<String> typeNames = new ArrayList<>();
        for (Map.Entry<String, List<String>> t : TYPES.entrySet()) {
            if (capabilities.stream().anyMatch(t.getValue()::contains)) typeNames.add(typeName(t.getKey(), lang));
        }
        String uses = typeNames.isEmpty() ? Ctx.todo(lang, lang.t("the algorithm type", "算法类型")) : String.join(lang.t(" and ", "、"), typeNames);
        publish.line(lang.t("- Draft: “" + name + " uses " + uses + " algorithms" + (capabilities.isEmpty() ? "" : " for " + Ctx.words(capabilities, lang))
                        + ". Basic principle: " + Ctx.todo(lang, "") + "… Purpose: " + Ctx.todo(lang, "") + "… Main operating mechanism: "
                        + Ctx.todo(lang, "") + "…” " + from,
                "- 草稿：“" + name + "使用" + uses + "算法" + (capabilities.isEmpty() ? "" : "，提供" + Ctx.words(capabilities, lang) + "功能")
                        + "。基本原理：" + Ctx.todo(lang, "") + "…… 目的意图：" + Ctx.todo(lang, "") + "…… 主要运行机制：" + Ctx.todo(lang, "") + "……” " + from));
        for (Answer.Ob o : a.where(x -> x.applies() && x.id().startsWith("algorithm-filing.display-number"))) {
            publish.line(lang.t("- Once filed, display the filing number prominently where the service is offered, with a link to the public filing information: ",
                    "- 完成备案后，在对外提供服务的网站、应用程序等的显著位置标明备案编号并提供公示信息链接：") + obligationLine(o, cites, lang));
        }

        Md.Section after = md.root().section(lang.t("7. After filing: decision, changes, cancellation", "7. 备案之后：备案结果、变更、注销"));
        after.line(lang.t("- The CAC accepts complete materials within 30 working days, issues a filing number and publishes it; incomplete materials are "
                        + "refused, with reasons, within the same 30 working days ",
                "- 网信部门收到备案材料后，材料齐全的，应当在三十个工作日内予以备案，发放备案编号并进行公示；材料不齐全的，不予备案，并应当在三十个工作日内通知备案人并说明理由 ")
                + cites.m("ARP Art. 25"));
        after.line(lang.t("- Changes to the filed information are filed within 10 working days of the change ",
                "- 备案信息发生变更的，应当在变更之日起十个工作日内办理变更手续 ") + cites.m("ARP Art. 24(2)"));
        after.line(lang.t("- When the service ends, the filing is cancelled within 20 working days and proper arrangements are made ",
                "- 终止服务的，应当在终止服务之日起二十个工作日内办理注销备案手续，并作出妥善安排 ") + cites.m("ARP Art. 24(3)"));
        if (applyingCite(a, ctx.sources, "AHIM Art. 26")) {
            after.line(lang.t("- The CAC verifies the filing materials of anthropomorphic interaction services every year ",
                    "- 网信部门每年核验拟人化互动服务的备案材料 ") + cites.mv("AHIM Art. 26"));
        }

        cites.appendix(md.root());
        return md.render();
    }
}
