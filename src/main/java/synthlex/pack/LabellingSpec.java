package synthlex.pack;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import synthlex.law.Citation;

/**
 * {@code labelling-spec.md}, where labelling obligations apply: per medium the explicit label's
 * wording, position and duration and the implicit label's metadata fields, from LM Arts. 4–5 (and
 * DSP Arts. 16–17) and GB 45438-2025. Every item carries its source's verification mark: the
 * Measures are verbatim, GB 45438-2025 is registered only as summaries from secondary sources.
 */
final class LabellingSpec extends Doc {
    static final String FILE = "labelling-spec.md";

    enum Medium {
        TEXT(1, "Text", "text", "文本"), AUDIO(2, "Audio", "audio", "音频"), IMAGE(3, "Images", "image", "图片"), VIDEO(4, "Video", "video", "视频"),
        SCENE(5, "Virtual scenes", "virtual-scene", "虚拟场景"), OTHER(6, "Other generated content", "other", "其他生成合成内容");

        final int lmItem;
        final String en;
        final String single;
        final String zh;

        Medium(int lmItem, String en, String single, String zh) {
            this.lmItem = lmItem;
            this.en = en;
            this.single = single;
            this.zh = zh;
        }

        String lm() { return "LM Art. 4(1)(" + lmItem + ")"; }
    }

    private static final Set<String> TEXT = Set.of("chat", "writing", "code-generation", "summarization", "translation", "emotional-companion",
            "speech-recognition");
    private static final Set<String> AUDIO = Set.of("speech-synthesis", "voice-cloning", "voice-editing", "music-generation", "audio-editing");
    private static final Set<String> IMAGE = Set.of("face-generation", "face-swap", "face-editing", "pose-editing", "image-generation",
            "image-editing", "image-enhancement", "image-restoration");
    private static final Set<String> VIDEO = Set.of("video-generation", "video-editing", "digital-human");
    private static final Set<String> SCENE = Set.of("immersive-scene", "3d-reconstruction", "digital-simulation");

    @Override String file() { return FILE; }

    @Override String purpose(Language lang) {
        return lang.t("The labelling specification: per medium the explicit label's wording, position and duration and the implicit metadata fields, "
                        + "each item marked with how its source was verified.",
                "标识规范：按内容类型列出显式标识的文字、位置和时长以及隐式标识的元数据字段，每项注明来源的核实程度。");
    }

    @Override boolean serves(Answer.Ob o) {
        return o.kind().equals("labelling") || (o.id().startsWith("lm.") && !o.id().startsWith("lm.filing."))
                || o.id().startsWith("dsp.prohibition.label-removal");
    }

    /** The media of the service's capabilities. */
    static EnumSet<Medium> media(List<String> capabilities) {
        EnumSet<Medium> out = EnumSet.noneOf(Medium.class);
        for (String c : capabilities) {
            if (TEXT.contains(c)) out.add(Medium.TEXT);
            if (AUDIO.contains(c)) out.add(Medium.AUDIO);
            if (IMAGE.contains(c)) out.add(Medium.IMAGE);
            if (VIDEO.contains(c)) out.add(Medium.VIDEO);
            if (SCENE.contains(c)) out.add(Medium.SCENE);
        }
        return out;
    }

    @Override String render(Ctx ctx, Language lang) {
        Answer a = ctx.answer(lang);
        Sources src = ctx.sources;
        Cites cites = new Cites(src, lang);
        LocalDate asOf = LocalDate.parse(a.asOf());
        List<Answer.Ob> applying = a.where(o -> o.applies());
        EnumSet<Medium> capabilityMedia = media(ctx.list("capabilities"));

        // explicit labels: the media whose LM Art. 4(1) item (or DSP Art. 17(1) item) an applying obligation cites
        EnumSet<Medium> explicit = EnumSet.noneOf(Medium.class);
        for (Medium m : Medium.values()) if (applyingCite(a, src, m.lm())) explicit.add(m);
        if (applyingCite(a, src, "DSP Art. 17(1)(1)")) explicit.add(Medium.TEXT);
        if (applyingCite(a, src, "DSP Art. 17(1)(2)")) explicit.add(Medium.AUDIO);
        if (applyingCite(a, src, "DSP Art. 17(1)(4)")) explicit.add(Medium.SCENE);
        if (applyingCite(a, src, "DSP Art. 17(1)(3)") || applyingCite(a, src, "DSP Art. 17(1)(5)")) {
            EnumSet<Medium> visual = EnumSet.copyOf(capabilityMedia.isEmpty() ? EnumSet.of(Medium.OTHER) : capabilityMedia);
            visual.retainAll(EnumSet.of(Medium.IMAGE, Medium.VIDEO, Medium.AUDIO));
            if (visual.isEmpty() && !applyingCite(a, src, "LM Art. 4(1)")) visual.add(Medium.OTHER);
            if (!applyingCite(a, src, "LM Art. 4(1)(3)") && !applyingCite(a, src, "LM Art. 4(1)(4)") && !applyingCite(a, src, "LM Art. 4(1)(6)")) explicit.addAll(visual);
        }
        boolean implicit = applying.stream().anyMatch(o -> o.citesAny(src, "LM Art. 5(1)", "DSP Art. 16"));
        EnumSet<Medium> all = EnumSet.copyOf(explicit.isEmpty() ? EnumSet.noneOf(Medium.class) : explicit);
        if (implicit) all.addAll(capabilityMedia.isEmpty() ? EnumSet.of(Medium.OTHER) : capabilityMedia);
        boolean export = applying.stream().anyMatch(o -> o.cites(src, "LM Art. 4(2)"));
        boolean dsp17 = applying.stream().anyMatch(o -> o.citesAny(src, "DSP Art. 17(1)(1)", "DSP Art. 17(1)(2)", "DSP Art. 17(1)(3)",
                "DSP Art. 17(1)(4)", "DSP Art. 17(1)(5)"));

        Md md = start(ctx, lang, lang.t("Labelling specification", "标识规范"));
        md.root().para(lang.t("What the labels on this service's generated content look like, medium by medium. Each item ends with its basis and how "
                        + "that basis was verified: the Labeling Measures (LM) are registered verbatim; GB 45438-2025 is registered only as summaries "
                        + "from secondary sources (the standard's text was not available): check sizes, durations and field names against the "
                        + "standard before building them.",
                "本规范按内容类型说明本服务生成合成内容的标识。每项末尾注明依据及其核实程度：《人工智能生成合成内容标识办法》（LM）已登记原文；"
                        + "GB 45438-2025 仅登记了来自二手资料的摘要（未取得标准文本），实施前请对照标准核对尺寸、时长和字段名称。"));
        legend(md, lang);

        for (Medium m : all) {
            Md.Section s = md.root().section(lang.t(m.en, m.zh));
            if (explicit.contains(m)) explicit(s, m, a, src, cites, lang, asOf, dsp17, export);
            if (implicit && (m != Medium.OTHER || all.size() == 1)) implicitLabel(s, m, src, cites, lang, asOf);
        }
        if (implicit) implicitCommon(md, a, src, cites, lang, asOf);

        platform(md, a, src, cites, lang);
        general(md, a, src, cites, lang);

        Md.Section index = md.root().section(lang.t("Labelling obligations in this answer", "本答复中的标识义务"));
        for (Answer.Ob o : a.where(this::serves)) {
            String status = switch (o.section()) {
                case APPLIES -> "";
                case UNDETERMINED -> lang.t(" — undetermined (unknown: ", " — 待定（未知：") + String.join(", ", o.missing()) + lang.t(")", "）");
                case UPCOMING -> lang.t(" — comes into force " + o.effective(), " — " + o.effective() + "起施行");
            };
            index.line("- " + Md.esc(o.title()) + " (`" + o.id() + "`)" + status + " " + cites.allv(o.citations()));
        }

        cites.appendix(md.root());
        return md.render();
    }

    /** An LM or GB item: its bracket and verification, and a note where it is not yet in force on the as-of date. */
    private static String v(String ref, Sources src, Cites cites, Language lang, LocalDate asOf) {
        Citation c = src.ref(ref);
        return cites.mv(ref) + (c.inForceOn(asOf) ? "" : lang.t(" — in force only from " + c.effective(), " — 自" + c.effective() + "起施行"));
    }

    private static void explicit(Md.Section s, Medium m, Answer a, Sources src, Cites cites, Language lang, LocalDate asOf, boolean dsp17, boolean export) {
        // the heading cites the Measures' item where it binds on the as-of date, else the Deep Synthesis Provisions' item
        String basis = src.ref(m.lm()).inForceOn(asOf) ? cites.m(m.lm())
                : String.join(" ", dspItem(m).stream().filter(r -> applyingCite(a, src, r)).map(cites::m).toList());
        Md.Section e = s.section(lang.t("Explicit label ", "显式标识 ") + basis);
        if (dsp17) {
            e.line(lang.t("- A conspicuous label at a reasonable place or area of the generated or edited content tells the public it is synthetic ",
                    "- 在生成或者编辑的信息内容的合理位置、区域进行显著标识，向公众提示深度合成情况 ") + cites.mv("DSP Art. 17(1)"));
        }
        if (m != Medium.OTHER) {
            e.line(lang.t("- Wording: the prompt names artificial intelligence (人工智能 or AI) and generation or synthesis (生成 / 合成), e.g. “AI生成” "
                            + "or “人工智能合成” ",
                    "- 文字：提示内容包含“人工智能”或“AI”，以及“生成”和/或“合成”，例如“AI生成”“人工智能合成” ") + v("GB45438 Art. 2", src, cites, lang, asOf));
        }
        switch (m) {
            case TEXT -> {
                e.line(lang.t("- Position: a text or common-symbol prompt at the start, the end or a suitable place in the middle of the text, or a "
                                + "conspicuous prompt in the interaction interface or next to the text ",
                        "- 位置：在文本的起始、末尾或者中间适当位置添加文字提示或者通用符号提示等标识，或者在交互场景界面、文字周边添加显著的提示标识 ")
                        + v(m.lm(), src, cites, lang, asOf) + " " + v("GB45438 Art. 3", src, cites, lang, asOf));
                e.line(lang.t("- Duration: none is set; the prompt is part of the text, or stays in the interface while the text is shown ",
                        "- 时长：未作规定；提示为文本的一部分，或在文本显示期间保留在界面中 ") + Ctx.practice(lang));
            }
            case AUDIO -> {
                e.line(lang.t("- Position: a spoken prompt or an audio-rhythm prompt at the start, the end or a suitable place in the middle of the audio, "
                                + "or a conspicuous prompt in the interaction interface ",
                        "- 位置：在音频的起始、末尾或者中间适当位置添加语音提示或者音频节奏提示等标识，或者在交互场景界面中添加显著的提示标识 ")
                        + v(m.lm(), src, cites, lang, asOf));
                e.line(lang.t("- Form: a spoken prompt with the wording above, or the rhythm prompt “short-long short-short” (Morse code for “AI”) at "
                                + "normal speech speed ",
                        "- 形式：含上述文字的语音提示，或以正常语速播放的“短长 短短”节奏提示（“AI”的摩尔斯电码） ") + v("GB45438 Art. 7", src, cites, lang, asOf));
                e.line(lang.t("- Duration: the length of the spoken or rhythm prompt; no minimum is reported ",
                        "- 时长：语音或节奏提示本身的长度；未见最短时长的要求 ") + v("GB45438 Art. 7", src, cites, lang, asOf));
            }
            case IMAGE -> {
                e.line(lang.t("- Position: a conspicuous prompt at a suitable place in the image ", "- 位置：在图片的适当位置添加显著的提示标识 ")
                        + v(m.lm(), src, cites, lang, asOf));
                e.line(lang.t("- Size: text height at least 5% of the image's shortest side (a minimum, not a maximum) ",
                        "- 尺寸：文字高度不低于画面最短边的5%（下限而非上限） ") + v("GB45438 Art. 4", src, cites, lang, asOf));
                e.line(lang.t("- Duration: none; the prompt is part of the image ", "- 时长：不适用；提示为图片的一部分 ") + Ctx.practice(lang));
            }
            case VIDEO -> {
                e.line(lang.t("- Position: a conspicuous prompt on the opening frame and at a suitable place around the playback area; prompts at the end "
                                + "or in the middle are optional ",
                        "- 位置：在视频起始画面和视频播放周边的适当位置添加显著的提示标识，可以在视频末尾和中间适当位置添加 ") + v(m.lm(), src, cites, lang, asOf));
                e.line(lang.t("- Size and duration: text height at least 5% of the frame's shortest side, shown on the opening frame for at least 2 seconds ",
                        "- 尺寸和时长：文字高度不低于画面最短边的5%，在起始画面持续显示不少于2秒 ") + v("GB45438 Art. 5", src, cites, lang, asOf));
            }
            case SCENE -> {
                e.line(lang.t("- Position: a conspicuous prompt at a suitable place on the opening screen; prompts while the scene runs are optional ",
                        "- 位置：在起始画面的适当位置添加显著的提示标识，可以在虚拟场景持续服务过程中的适当位置添加 ") + v(m.lm(), src, cites, lang, asOf));
                e.line(lang.t("- Size and duration: the same kind of size and display-duration rule as for video ",
                        "- 尺寸和时长：适用与视频同类的尺寸和显示时长要求 ") + v("GB45438 Art. 6", src, cites, lang, asOf));
            }
            case OTHER -> e.line(lang.t("- Position: conspicuous prompts fitted to the application's own characteristics ",
                    "- 位置：根据自身应用特点添加显著的提示标识 ") + v(m.lm(), src, cites, lang, asOf));
        }
        if (export) {
            e.line(lang.t("- Download, copy and export: the file keeps an explicit label that meets these requirements ",
                    "- 下载、复制、导出：确保文件中含有满足要求的显式标识 ") + v("LM Art. 4(2)", src, cites, lang, asOf));
        }
        for (Answer.Ob o : a.where(x -> x.applies() && (x.cites(src, m.lm()) || dspItem(m).stream().anyMatch(r -> x.cites(src, r))))) {
            e.line(lang.t("- Obligation: ", "- 对应义务：") + Md.esc(o.title()) + " (`" + o.id() + "`) " + cites.allv(o.citations()));
        }
    }

    private static List<String> dspItem(Medium m) {
        return switch (m) {
            case TEXT -> List.of("DSP Art. 17(1)(1)");
            case AUDIO -> List.of("DSP Art. 17(1)(2)");
            case IMAGE, VIDEO -> List.of("DSP Art. 17(1)(3)", "DSP Art. 17(1)(5)");
            case SCENE -> List.of("DSP Art. 17(1)(4)");
            case OTHER -> List.of("DSP Art. 17(1)(5)");
        };
    }

    /** Per medium: the metadata fields, and the container the team still has to choose for the medium's file formats. */
    private static void implicitLabel(Md.Section s, Medium m, Sources src, Cites cites, Language lang, LocalDate asOf) {
        String basis = src.ref("LM Art. 5(1)").inForceOn(asOf) ? cites.m("LM Art. 5(1)") : cites.m("DSP Art. 16");
        Md.Section i = s.section(lang.t("Implicit label (file metadata) ", "隐式标识（文件元数据） ") + basis);
        i.line(lang.t("- Elements in the file metadata: the content's AI-generated attribute, the provider's name or code, and a content ID ",
                "- 文件元数据中的制作要素：生成合成内容属性信息、服务提供者名称或者编码、内容编号 ") + v("LM Art. 5(1)", src, cites, lang, asOf));
        i.line(lang.t("- Field names: a JSON object under the metadata key `AIGC` with `Label` (1 = AI-generated, 2 = possibly, 3 = suspected), "
                        + "`ContentProducer` (provider name or code), `ProduceID` (content ID) and the reserved `ReservedCode1`, in the file format's "
                        + "own metadata container ",
                "- 字段名称：元数据键 `AIGC` 下的 JSON 对象，含 `Label`（1 = 人工智能生成，2 = 可能，3 = 疑似）、`ContentProducer`（服务提供者名称或编码）、"
                        + "`ProduceID`（内容编号）及预留字段 `ReservedCode1`，写入该文件格式自身的元数据容器 ") + v("GB45438 Art. 8", src, cites, lang, asOf));
        i.line(lang.t("- Container for each " + m.single + " file format this service writes: ",
                "- 本服务输出的各类" + m.zh + "文件格式所用的元数据容器：")
                + Ctx.todo(lang, lang.t("check the standard's appendix for each format ", "逐一对照标准附录核对 ")) + Ctx.practice(lang));
    }

    /** What holds for the implicit label of every medium. */
    private static void implicitCommon(Md md, Answer a, Sources src, Cites cites, Language lang, LocalDate asOf) {
        String basis = src.ref("LM Art. 5").inForceOn(asOf) ? cites.m("LM Art. 5") : cites.m("DSP Art. 16");
        Md.Section i = md.root().section(lang.t("Implicit label: every medium ", "隐式标识：所有内容类型 ") + basis);
        if (applyingCite(a, src, "DSP Art. 16")) {
            i.line(lang.t("- Technical measures add marks that do not hinder use to the content generated or edited with the service ",
                    "- 对使用其服务生成或者编辑的信息内容，采取技术措施添加不影响用户使用的标识 ") + cites.mv("DSP Art. 16"));
        }
        i.line(lang.t("- File metadata means descriptive information embedded in the file header in a specific encoding format, recording the file's "
                        + "source, attributes, purpose and the like ",
                "- 文件元数据是指按照特定编码格式嵌入到文件头部的描述性信息，用于记录文件来源、属性、用途等信息内容 ") + v("LM Art. 5(3)", src, cites, lang, asOf));
        i.line(lang.t("- Digital watermarks in the content itself are encouraged, not required ", "- 鼓励在生成合成内容中添加数字水印等形式的隐式标识 ")
                + v("LM Art. 5(2)", src, cites, lang, asOf) + " " + v("GB45438 Art. 10", src, cites, lang, asOf));
    }

    /** For content platforms: what LM Art. 6 asks of content that users publish. */
    private static void platform(Md md, Answer a, Sources src, Cites cites, Language lang) {
        LocalDate asOf = LocalDate.parse(a.asOf());
        if (!applyingCite(a, src, "LM Art. 10(1)") && Stream.of("LM Art. 6(1)(1)", "LM Art. 6(1)(2)", "LM Art. 6(1)(3)", "LM Art. 6(1)(4)", "LM Art. 6(2)")
                .noneMatch(r -> applyingCite(a, src, r))) return; // not written, and so not cited
        Md.Section p = md.root().section(lang.t("Content the platform's users publish ", "平台用户发布的内容 ") + cites.m("LM Art. 6"));
        String[][] items = {
            {"LM Art. 6(1)(1)", "- Metadata says AI-generated: add a conspicuous prompt next to the published content telling the public clearly that it is AI-generated ",
                "- 文件元数据明确标明为生成合成内容的：在发布内容周边添加显著的提示标识，明确提醒公众该内容属于生成合成内容 "},
            {"LM Art. 6(1)(2)", "- No implicit label found, but the user declares it AI-generated: add a prompt that it may be AI-generated ",
                "- 未核验到隐式标识，但用户声明为生成合成内容的：添加显著的提示标识，提醒公众该内容可能为生成合成内容 "},
            {"LM Art. 6(1)(3)", "- Neither, but explicit labels or other traces of generation are detected: treat it as suspected AI-generated content and say so ",
                "- 既无隐式标识也无用户声明，但检测到显式标识或者其他生成合成痕迹的：识别为疑似生成合成内容，并添加显著的提示标识 "},
            {"LM Art. 6(1)(4)", "- Offer a labelling function and remind users to declare whether what they publish contains AI-generated content ",
                "- 提供必要的标识功能，并提醒用户主动声明发布内容中是否包含生成合成内容 "},
            {"LM Art. 6(2)", "- In the first three cases, add dissemination elements to the file metadata: the AI-generated attribute, the platform's name or code, a content ID ",
                "- 有前三种情形的，在文件元数据中添加生成合成内容属性信息、传播平台名称或者编码、内容编号等传播要素信息 "}};
        for (String[] it : items) {
            if (!applyingCite(a, src, it[0])) continue;
            p.line(lang.t(it[1], it[2]) + v(it[0], src, cites, lang, asOf));
            if (it[0].equals("LM Art. 6(2)")) {
                p.line(lang.t("- Field names: the platform adds `ContentPropagator` (platform name or code), `PropagateID` (dissemination ID) and the reserved "
                                + "`ReservedCode2` to the same `AIGC` metadata; `Label` 2 and 3 mark the declared and suspected cases ",
                        "- 字段名称：平台在同一 `AIGC` 元数据中添加 `ContentPropagator`（传播平台名称或编码）、`PropagateID`（传播内容编号）及预留字段 "
                                + "`ReservedCode2`；`Label` 取值2、3分别对应用户声明和疑似情形 ") + v("GB45438 Art. 9", src, cites, lang, asOf));
            }
        }
        if (applyingCite(a, src, "LM Art. 10(1)")) {
            p.line(lang.t("- Users who publish AI-generated content declare it and use the platform's labelling function ",
                    "- 用户发布生成合成内容的，应当主动声明并使用服务提供者提供的标识功能进行标识 ") + v("LM Art. 10(1)", src, cites, lang, asOf));
        }
    }

    /** What holds for every medium: the user agreement, content supplied without labels, removal of labels, the standard. */
    private static void general(Md md, Answer a, Sources src, Cites cites, Language lang) {
        LocalDate asOf = LocalDate.parse(a.asOf());
        Md.Section g = md.root().section(lang.t("For every medium", "适用于所有内容类型"));
        if (applyingCite(a, src, "LM Art. 8")) {
            g.line(lang.t("- The user service agreement sets out the labels' methods, styles and other specifications and prompts users to read them ",
                    "- 在用户服务协议中明确说明生成合成内容标识的方法、样式等规范内容，并提示用户仔细阅读并理解相关的标识管理要求 ") + v("LM Art. 8", src, cites, lang, asOf));
        }
        if (applyingCite(a, src, "LM Art. 9")) {
            g.line(lang.t("- Content without explicit labels is supplied on a user's request only after the user agreement sets out the user's labelling "
                            + "duties, and the logs of who received it are kept for at least six months ",
                    "- 应用户申请提供不含显式标识的生成合成内容的，须先通过用户协议明确用户的标识义务和使用责任，并依法留存提供对象信息等相关日志不少于六个月 ")
                    + v("LM Art. 9", src, cites, lang, asOf));
        }
        if (applyingCite(a, src, "LM Art. 10(2)") || applyingCite(a, src, "DSP Art. 18")) {
            List<String> refs = new ArrayList<>();
            if (applyingCite(a, src, "LM Art. 10(2)")) refs.add(v("LM Art. 10(2)", src, cites, lang, asOf));
            if (applyingCite(a, src, "DSP Art. 18")) refs.add(cites.mv("DSP Art. 18"));
            g.line(lang.t("- No one may maliciously delete, alter, forge or hide the labels, or supply tools or services for doing so ",
                    "- 任何组织和个人不得恶意删除、篡改、伪造、隐匿生成合成内容标识，不得为他人实施上述行为提供工具或者服务 ") + String.join(" ", refs));
        }
        if (applyingCite(a, src, "ARP Art. 9(1)")) {
            g.line(lang.t("- Algorithm-generated or synthetic information found without a conspicuous label is labelled before it is transmitted further ",
                    "- 发现未作显著标识的算法生成合成信息的，应当作出显著标识后，方可继续传输 ") + cites.mv("ARP Art. 9(1)"));
        }
        if (applyingCite(a, src, "LM Art. 11")) {
            g.line(lang.t("- Labelling also meets the mandatory national standard, GB 45438-2025 ", "- 标识活动还应当符合强制性国家标准 GB 45438-2025 的要求 ")
                    + v("LM Art. 11", src, cites, lang, asOf) + " " + v("GB45438 Art. 1", src, cites, lang, asOf));
        }
    }
}
