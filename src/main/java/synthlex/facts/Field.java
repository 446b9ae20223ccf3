package synthlex.facts;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every yes/no question the rules may ask about a service, with the JSON Pointer of the request
 * field that answers it and the question to put to the client when it is missing.
 */
public enum Field {
    PUBLIC_IN_MAINLAND_CHINA("/audience/publicInMainlandChina",
            "Is the service offered to the public in mainland China?",
            "该服务是否向中国境内公众提供？"),
    IN_MAINLAND_CHINA("/audience/inMainlandChina",
            "Is the service provided to anyone in mainland China at all (the public, business customers or staff)?",
            "该服务是否向中国境内的任何人（公众、企业客户或者员工）提供？"),
    INTERNAL_ONLY("/audience/internalOnly",
            "Is the service offered only to the operator's own staff over an internal network, not to internet users?",
            "该服务是否仅通过内部网络向运营者自身员工提供、而不向互联网用户提供？"),
    MINORS("/audience/minors", "Can minors use the service?", "未成年人是否可以使用该服务？"),
    ELDERLY("/audience/elderly", "Does the service serve elderly users?", "该服务是否面向老年人用户？"),
    CAPABILITIES("/capabilities",
            "What does the service do with algorithms? List its capabilities (chat, writing, speech-synthesis, image-generation, personalized-recommendation, …); answer [] for none.",
            "该服务运用算法做什么？请列出其功能（对话、写作、语音合成、图像生成、个性化推荐等）；没有则填 []。"),
    PUBLIC_OPINION_CHANNELS("/publicOpinion/channels",
            "Which public-expression features does the service have (forum, blog, microblog, chat room, group chat, public account, short video, livestream, information sharing, mini-program, comments)? Answer [] for none.",
            "该服务具有哪些公众表达功能（论坛、博客、微博客、聊天室、通讯群组、公众账号、短视频、网络直播、信息分享、小程序、评论）？没有则填 []。"),
    SOCIAL_MOBILISATION("/publicOpinion/socialMobilisation",
            "Can the service mobilise the public to engage in specific activities?",
            "该服务是否具有发动社会公众从事特定活动的能力？"),
    INFORMATION_PUBLISHING("/informationPublishing",
            "Can users publish information through the service?", "用户是否可以通过该服务发布信息？"),
    TOOLS_OFFERED("/tools/offered",
            "Does the service offer models, templates or other tools to others?", "该服务是否提供模型、模板等工具？"),
    TOOLS_BIOMETRIC("/tools/biometric",
            "Do those tools generate or edit faces, voices or other biometric information?",
            "这些工具是否生成或者编辑人脸、人声等生物识别信息？"),
    TOOLS_SENSITIVE_SCENES("/tools/sensitiveScenes",
            "Do those tools generate or edit special objects or scenes that may touch national security, national image, national or public interests?",
            "这些工具是否生成或者编辑可能涉及国家安全、国家形象、国家利益和社会公共利益的特殊物体、场景？"),
    BIOMETRIC_EDITING("/biometricEditing",
            "Which biometric information (face, voice, other) can users edit with the service? Answer [] for none.",
            "用户可以用该服务编辑哪些生物识别信息（人脸、人声、其他）？没有则填 []。"),
    EDITING_CHANGES_IDENTITY("/editingChangesIdentity",
            "Does the face, voice or body editing significantly change a person's identity features (rather than cosmetic or attribute editing)?",
            "人脸、人声或者人体编辑是否显著改变个人身份特征（而非美颜或者属性编辑）？"),
    GENERATIVE_EDITING("/generativeEditing",
            "Does the editing use a model that generates new content (inpainting, style transfer, voice conversion)?",
            "编辑功能是否使用生成新内容的模型（如图像补全、风格迁移、声音转换）？"),
    NEW_FUNCTION("/newFunction",
            "Is a new product, application or function being launched?", "是否正在开发上线新产品、新应用、新功能？"),
    CONTENT_EXPORT("/contentExport",
            "Can users download, copy or export generated content?", "用户是否可以下载、复制、导出生成合成内容？"),
    UNLABELLED_ON_REQUEST("/unlabelledOnRequest",
            "Does the service supply generated content without explicit labels when a user asks?",
            "该服务是否应用户要求提供没有显式标识的生成合成内容？"),
    TRAINS_MODELS("/training/trainsModels", "Does the service train or fine-tune models?", "该服务是否训练或者微调模型？"),
    TRAINING_PERSONAL_INFORMATION("/training/personalInformation",
            "Does the training data contain personal information?", "训练数据是否包含个人信息？"),
    TRAINING_ANNOTATION("/training/annotation", "Is data annotated by hand?", "是否进行人工数据标注？"),
    TRAINING_CRAWLS_WEB_DATA("/training/crawlsWebData",
            "Does the service collect training or other data with crawlers or other automated tools?",
            "该服务是否使用网络爬虫等自动化工具收集训练数据或者其他数据？"),
    PROCESSES_PERSONAL_INFORMATION("/personalInformation/processes",
            "Does the service process personal information?", "该服务是否处理个人信息？"),
    MINORS_UNDER_14("/personalInformation/sensitive",
            "Does the service process personal information of children under 14? If so, list minor-under-14 in personalInformation.sensitive; give the list (even []) to say it does not.",
            "该服务是否处理不满十四周岁未成年人的个人信息？如是，请在 personalInformation.sensitive 中列出 minor-under-14；如否，请给出该列表（可为 []）。"),
    INDIVIDUALS("/personalInformation/individuals",
            "How many individuals' personal information does the service hold?", "该服务处理多少个人的个人信息？"),
    CROSS_BORDER_TRANSFER("/personalInformation/crossBorderTransfer",
            "Is personal information provided to recipients outside mainland China?", "是否向中华人民共和国境外提供个人信息？"),
    AUTOMATED_DECISION_MAKING("/personalInformation/automatedDecisionMaking",
            "Does the service make automated decisions or push information based on personal characteristics?",
            "该服务是否利用个人信息进行自动化决策或者信息推送？"),
    PROVIDES_TO_OTHER_HANDLERS("/personalInformation/providesToOtherHandlers",
            "Is personal information provided to other personal-information handlers?", "是否向其他个人信息处理者提供个人信息？"),
    PUBLICLY_DISCLOSES("/personalInformation/publiclyDiscloses",
            "Is personal information publicly disclosed?", "是否公开个人信息？"),
    PUBLIC_PLACE_IMAGE_COLLECTION("/personalInformation/publicPlaceImageCollection",
            "Are images or identity features collected in public places?", "是否在公共场所采集图像、识别个人身份？"),
    ENTRUSTED_PROCESSING("/personalInformation/entrustedProcessing",
            "Is the processing of personal information entrusted to others?", "是否委托他人处理个人信息？"),
    PROCESSED_IN_MAINLAND_CHINA("/personalInformation/processedInMainlandChina",
            "Is personal information processed (collected, stored, used) within mainland China?",
            "是否在中国境内处理（收集、存储、使用等）个人信息？"),
    PUSH_OR_MARKETING("/personalInformation/pushOrMarketing",
            "Does the service push information or marketing to individuals by automated decision-making?",
            "该服务是否通过自动化决策方式向个人进行信息推送、商业营销？"),
    CROSS_BORDER_INDIVIDUALS("/personalInformation/crossBorder/individualsThisYear",
            "Of how many individuals has (non-sensitive) personal information been provided abroad since 1 January this year?",
            "自当年1月1日起累计向境外提供了多少人的个人信息（不含敏感个人信息）？"),
    CROSS_BORDER_SENSITIVE_INDIVIDUALS("/personalInformation/crossBorder/sensitiveIndividualsThisYear",
            "Of how many individuals has sensitive personal information been provided abroad since 1 January this year?",
            "自当年1月1日起累计向境外提供了多少人的敏感个人信息？"),
    CROSS_BORDER_IMPORTANT_DATA("/personalInformation/crossBorder/importantData",
            "Does what is provided abroad include important data?", "向境外提供的数据是否包含重要数据？"),
    CROSS_BORDER_EXEMPTION("/personalInformation/crossBorder/exemption",
            "Is every transfer abroad covered by an exemption of the Cross-Border Data Flow Provisions Arts. 5-6 (contract-with-individual, hr-management, emergency, free-trade-zone-list), or none?",
            "向境外提供个人信息是否属于《促进和规范数据跨境流动规定》第五条、第六条规定的免于申报情形（订立、履行合同所必需，跨境人力资源管理，紧急情况，自贸区负面清单外），或者都不属于（none）？"),
    LARGE_PLATFORM("/personalInformation/largePlatform",
            "Is the service an important internet platform with a huge user base and complex business?",
            "该服务是否为用户数量巨大、业务类型复杂的重要互联网平台？"),
    USERS_REGISTERED("/users/registered", "How many registered users does the service have?", "该服务有多少注册用户？"),
    USERS_MONTHLY_ACTIVE("/users/monthlyActive", "How many monthly active users does the service have?", "该服务有多少月活跃用户？"),
    COMPANION_VIRTUAL_INTIMATE_ROLES("/companion/virtualIntimateRoles",
            "Does the service offer virtual partner, virtual relative or other intimate-relationship roles?",
            "该服务是否提供虚拟伴侣、虚拟亲属等亲密关系角色？"),
    FACE_RECOGNITION_USED("/faceRecognition/used",
            "Does the service identify or verify people by their faces (face recognition)?",
            "该服务是否利用人脸识别技术识别或者验证个人身份？"),
    FACE_RECOGNITION_INDIVIDUALS_STORED("/faceRecognition/individualsStored",
            "Of how many individuals is face information stored?", "存储了多少人的人脸信息？"),
    FACE_RECOGNITION_ONLY_METHOD("/faceRecognition/onlyMethod",
            "Is face recognition the only way offered to verify or identify people?",
            "人脸识别是否为唯一提供的身份验证或者识别方式？"),
    FACE_RECOGNITION_PUBLIC_PLACES("/faceRecognition/publicPlaces",
            "Is image-capture or face-recognition equipment installed in public places?",
            "是否在公共场所安装图像采集、人脸识别设备？"),
    CRITICAL_INFORMATION_INFRASTRUCTURE("/criticalInformationInfrastructure",
            "Is the operator a designated critical information infrastructure operator?",
            "运营者是否为关键信息基础设施运营者？"),
    NEWS("/news", "Does the service provide internet news information services?", "该服务是否提供互联网新闻信息服务？"),
    WORKERS("/workers", "Does the service schedule or dispatch workers?", "该服务是否对劳动者进行调度？"),
    CONSUMER_PRICING("/consumerPricing",
            "Does the service sell to consumers with algorithm-set prices or terms?", "该服务是否以算法设定的价格或交易条件向消费者销售？"),
    RESEARCH_ONLY("/researchOnly",
            "Is the service only developed or used for research, and not offered to the public?",
            "该服务是否仅用于研发、未向公众提供？"),
    MEDIA_SERVICES("/mediaServices",
            "Does the service engage in online publishing, online cultural activities or online audio-visual programme services?",
            "该服务是否从事网络出版服务、网络文化活动或者网络视听节目服务？");

    private static final Map<String, Field> BY_POINTER = new HashMap<>();
    static {
        for (Field f : values()) BY_POINTER.put(f.pointer, f);
    }

    private final String pointer;
    private final String question;
    private final String questionZh;
    /** Computed once: every answer repeats them. */
    private final String isTrue, isFalse, isUnknown;
    private final List<Field> alone = List.of(this);

    Field(String pointer, String question, String questionZh) {
        this.pointer = pointer;
        this.question = question;
        this.questionZh = questionZh;
        String path = path();
        this.isTrue = path + " is true";
        this.isFalse = path + " is false";
        this.isUnknown = path + " is unknown";
    }

    /** The field at a JSON Pointer such as {@code /news}. */
    public static Field at(String pointer) {
        Field f = BY_POINTER.get(pointer);
        if (f == null) throw new IllegalArgumentException("no field at " + pointer);
        return f;
    }

    /** Plain words for this field having {@code value}, e.g. "news is true". */
    public String is(Truth value) {
        return switch (value) {
            case YES -> isTrue;
            case NO -> isFalse;
            case UNKNOWN -> isUnknown;
        };
    }

    /** This field as the only missing one. */
    List<Field> alone() { return alone; }

    /** The JSON Pointer of the request field, e.g. {@code /publicOpinion/socialMobilisation}. */
    public String pointer() { return pointer; }

    /** The field as a dotted path, for plain-words explanations. */
    public String path() { return pointer.substring(1).replace('/', '.'); }

    public String question() { return question; }

    public String questionZh() { return questionZh; }
}
