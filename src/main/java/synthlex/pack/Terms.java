package synthlex.pack;

import java.util.Map;

/**
 * The words of the API's codes in English and Chinese: kinds, bearers, capabilities, channels,
 * sensitive categories, timing. The Chinese follows the web page (src/main/resources/web/app.js)
 * so that the page and the pack call a thing by the same name. An unknown code is shown as itself.
 */
final class Terms {
    private Terms() { }

    private static final Map<String, String[]> KINDS = Map.ofEntries(
            Map.entry("filing", new String[] {"Filing", "备案"}),
            Map.entry("security-assessment", new String[] {"Security assessment", "安全评估"}),
            Map.entry("labelling", new String[] {"Labelling", "标识"}),
            Map.entry("consent", new String[] {"Consent", "同意"}),
            Map.entry("notice", new String[] {"Notice and disclosure", "告知与公示"}),
            Map.entry("real-name-verification", new String[] {"Real-name verification", "真实身份信息认证"}),
            Map.entry("content-moderation", new String[] {"Content moderation", "内容管理"}),
            Map.entry("record-keeping", new String[] {"Record keeping", "记录留存"}),
            Map.entry("complaint-handling", new String[] {"Complaint handling", "投诉举报处理"}),
            Map.entry("algorithm-review", new String[] {"Algorithm review", "算法审核"}),
            Map.entry("ethics-review", new String[] {"Ethics review", "科技伦理审查"}),
            Map.entry("data-security", new String[] {"Data security", "数据安全"}),
            Map.entry("impact-assessment", new String[] {"Impact assessment", "影响评估"}),
            Map.entry("user-rights", new String[] {"User rights", "用户权利"}),
            Map.entry("minors-protection", new String[] {"Protection of minors", "未成年人保护"}),
            Map.entry("management-system", new String[] {"Management system", "管理制度"}),
            Map.entry("prohibition", new String[] {"Prohibitions", "禁止性规定"}),
            Map.entry("cooperation", new String[] {"Cooperation with authorities", "配合监管"}),
            Map.entry("licensing", new String[] {"Licensing", "行政许可"}),
            Map.entry("other", new String[] {"Other", "其他"}));

    private static final Map<String, String[]> CODES = Map.ofEntries(
            Map.entry("service-provider", new String[] {"service provider", "服务提供者"}),
            Map.entry("technical-supporter", new String[] {"technical supporter", "技术支持者"}),
            Map.entry("content-platform", new String[] {"content platform", "内容传播平台"}),
            Map.entry("app-store", new String[] {"app store", "应用程序分发平台"}),
            Map.entry("user", new String[] {"users", "使用者"}),
            Map.entry("chat", new String[] {"chat", "对话"}),
            Map.entry("writing", new String[] {"writing", "写作"}),
            Map.entry("speech-synthesis", new String[] {"speech synthesis", "语音合成"}),
            Map.entry("voice-cloning", new String[] {"voice cloning", "声音克隆"}),
            Map.entry("voice-editing", new String[] {"voice editing", "人声编辑"}),
            Map.entry("music-generation", new String[] {"music generation", "音乐生成"}),
            Map.entry("audio-editing", new String[] {"audio editing", "音频编辑"}),
            Map.entry("face-generation", new String[] {"face generation", "人脸生成"}),
            Map.entry("face-swap", new String[] {"face swap", "人脸替换"}),
            Map.entry("face-editing", new String[] {"face editing", "人脸编辑"}),
            Map.entry("pose-editing", new String[] {"pose editing", "姿态操控"}),
            Map.entry("image-generation", new String[] {"image generation", "图像生成"}),
            Map.entry("image-editing", new String[] {"image editing", "图像编辑"}),
            Map.entry("image-enhancement", new String[] {"image enhancement", "图像增强"}),
            Map.entry("image-restoration", new String[] {"image restoration", "图像修复"}),
            Map.entry("video-generation", new String[] {"video generation", "视频生成"}),
            Map.entry("video-editing", new String[] {"video editing", "视频编辑"}),
            Map.entry("immersive-scene", new String[] {"immersive scenes", "沉浸式拟真场景"}),
            Map.entry("3d-reconstruction", new String[] {"3D reconstruction", "三维重建"}),
            Map.entry("digital-simulation", new String[] {"digital simulation", "数字仿真"}),
            Map.entry("personalized-recommendation", new String[] {"personalised recommendation", "个性化推送"}),
            Map.entry("ranking-selection", new String[] {"ranking and selection", "排序精选"}),
            Map.entry("search-filtering", new String[] {"search and filtering", "检索过滤"}),
            Map.entry("dispatch-decision", new String[] {"dispatch and decision-making", "调度决策"}),
            Map.entry("emotional-companion", new String[] {"emotional companionship", "情感陪伴"}),
            Map.entry("speech-recognition", new String[] {"speech recognition", "语音识别"}),
            Map.entry("digital-human", new String[] {"digital humans", "数字人"}),
            Map.entry("code-generation", new String[] {"code generation", "代码生成"}),
            Map.entry("summarization", new String[] {"summarisation", "摘要生成"}),
            Map.entry("translation", new String[] {"translation", "翻译"}),
            Map.entry("forum", new String[] {"forum", "论坛"}),
            Map.entry("blog", new String[] {"blog", "博客"}),
            Map.entry("microblog", new String[] {"microblog", "微博客"}),
            Map.entry("chat-room", new String[] {"chat room", "聊天室"}),
            Map.entry("group-chat", new String[] {"group chat", "通讯群组"}),
            Map.entry("public-account", new String[] {"public accounts", "公众账号"}),
            Map.entry("short-video", new String[] {"short video", "短视频"}),
            Map.entry("livestream", new String[] {"live streaming", "网络直播"}),
            Map.entry("information-sharing", new String[] {"information sharing", "信息分享"}),
            Map.entry("mini-program", new String[] {"mini programs", "小程序"}),
            Map.entry("comments", new String[] {"comments", "评论"}),
            Map.entry("face", new String[] {"face", "人脸"}),
            Map.entry("voice", new String[] {"voice", "人声"}),
            Map.entry("other", new String[] {"other", "其他"}),
            Map.entry("biometric", new String[] {"biometric information", "生物识别信息"}),
            Map.entry("religious-belief", new String[] {"religious belief", "宗教信仰"}),
            Map.entry("specific-identity", new String[] {"specific identity", "特定身份"}),
            Map.entry("medical-health", new String[] {"medical and health information", "医疗健康信息"}),
            Map.entry("financial-account", new String[] {"financial accounts", "金融账户"}),
            Map.entry("location-tracking", new String[] {"whereabouts", "行踪轨迹"}),
            Map.entry("minor-under-14", new String[] {"information of minors under 14", "不满十四周岁未成年人的个人信息"}));

    private static final Map<String, String[]> TRIGGERS = Map.ofEntries(
            Map.entry("launch", new String[] {"launch (the day the service is first provided)", "上线（开始提供服务）"}),
            Map.entry("change", new String[] {"the change", "变更"}),
            Map.entry("service-end", new String[] {"the end of the service", "终止服务"}),
            Map.entry("threshold-reached", new String[] {"reaching the threshold", "达到规定数量"}),
            Map.entry("request", new String[] {"a request", "收到请求"}),
            Map.entry("complaint", new String[] {"a complaint or report", "收到投诉举报"}),
            Map.entry("incident", new String[] {"an incident", "发生安全事件"}),
            Map.entry("discovery", new String[] {"discovery", "发现有关情形"}),
            Map.entry("authority-request", new String[] {"an authority's request", "主管部门提出要求"}),
            Map.entry("listing", new String[] {"app listing review", "应用程序上架审核"}),
            Map.entry("filing-completed", new String[] {"completion of filing", "完成备案"}),
            Map.entry("restructuring", new String[] {"a merger, division, dissolution or bankruptcy", "合并、分立、解散、破产"}));

    static String kind(String code, Language lang) {
        return pick(KINDS, code, lang, code);
    }

    /** A role, capability, channel, biometric kind or sensitive category. */
    static String code(String code, Language lang) {
        return pick(CODES, code, lang, code.replace('-', ' '));
    }

    static String trigger(String code, Language lang) {
        return pick(TRIGGERS, code, lang, code.replace('-', ' '));
    }

    private static String pick(Map<String, String[]> map, String code, Language lang, String fallback) {
        String[] v = map.get(code);
        return v == null ? fallback : v[lang.zh() ? 1 : 0];
    }
}
