/* synthlex web page: plain JavaScript, no framework, nothing loaded from elsewhere.
 * The form is built from GET /v1/schema/service-description; answers come from
 * POST /v1/evaluations and POST /v1/timelines (see API.md). */
'use strict';
(function () {

  // ---------------------------------------------------------------- the page's own words

  const I18N = {
    en: {
      pageTitle: 'synthlex — which Chinese AI-law obligations apply?',
      skipToResults: 'Skip to the answer',
      tagline: 'Which Chinese AI-law obligations apply to this service?',
      language: 'Language',
      describeTitle: 'Describe the service',
      describeHint: 'Answer what you know. A yes/no left at “unknown” is sent as unknown, never as no: the obligations that hang on it come back undetermined, with the question to ask.',
      examplesTitle: 'Start from an example',
      examplesHint: 'One click fills the form with an example service.',
      examplesFailed: 'The examples could not be loaded.',
      loadingSchema: 'Loading the form…',
      schemaFailed: 'The form could not be built: the schema did not load ({msg}).',
      explainShort: 'Explain',
      explainLabel: 'Explain adds near misses (what one changed fact would trigger) and traces.',
      evaluate: 'Evaluate',
      evaluating: 'Evaluating…',
      clearForm: 'Clear the form',
      requestPreview: 'The JSON this form sends',
      resultsTitle: 'The answer',
      resultsEmpty: 'Load an example or describe a service, then press “Evaluate”.',
      timelineTitle: 'What changes over time',
      timelineHint: 'The periods between two days, cut on every day on which law the rules cite came into force, with the obligations added and removed and the citations gained at the start of each.',
      from: 'From',
      to: 'To',
      showTimeline: 'Show the timeline',
      footer: 'synthlex answers from its rule base; it is not legal advice. Citations quote the Chinese text of each provision; English paraphrases are for orientation.',
      unknown: 'Unknown',
      yes: 'Yes',
      no: 'No',
      none: 'None',
      someOfThese: 'These:',
      required: 'required',
      exampleLoaded: 'Loaded the example “{name}”. Press “Evaluate” to see its obligations.',
      formCleared: 'The form is cleared.',
      errorsTitle: v => v.n === 1 ? '1 problem in the service description' : `${v.n} problems in the service description`,
      timelineErrorsTitle: v => v.n === 1 ? '1 problem in the timeline request' : `${v.n} problems in the timeline request`,
      notAField: 'not a field of this form',
      staleAnswer: 'The last request was refused (see the problems in the form). The answer below is from the evaluation before it.',
      obligationsFor: 'Obligations for {name}',
      asOfLine: 'Law as of {asOf}',
      ruleBaseLine: 'rule base {version}',
      countApplies: v => `${v.n} apply`,
      countUndetermined: v => `${v.n} undetermined`,
      countUpcoming: v => `${v.n} upcoming`,
      countQuestions: v => v.n === 1 ? '1 open question' : `${v.n} open questions`,
      download: 'Download the answer (JSON)',
      downloadTimeline: 'Download the timeline (JSON)',
      print: 'Print the report',
      questionsTitle: v => `Questions still to answer (${v.n})`,
      questionsHint: 'Some obligations hang on facts you left unknown. Each answer updates the form and evaluates again.',
      decides: v => v.n === 1 ? 'decides 1 obligation' : `decides ${v.n} obligations`,
      answerWithTicked: 'Answer with the ones ticked',
      noneOfThese: 'None of these',
      answer: 'Answer',
      answerLegend: 'Your answer',
      answered: 'Answered {field}. Evaluating again…',
      field: 'Field',
      obligationsTitle: 'Obligations in force',
      groupBy: 'Group by',
      byKind: 'kind of duty',
      byInstrument: 'instrument',
      show: 'Show',
      showAll: 'all',
      showApplies: 'applies only',
      showUndetermined: 'undetermined only',
      noObligations: 'No obligations in this view.',
      bearer: 'Bearer',
      kind: 'Kind',
      because: 'Applies because',
      wouldApplyBecause: 'Would apply because',
      willApplyBecause: 'Will apply because',
      willApply: 'will apply',
      missing: 'Still to find out',
      reading: 'Reading',
      contested: 'contested',
      alternative: 'Other reading',
      inForceFrom: 'in force from {date}',
      alsoCited: 'Also cited',
      noText: 'No verbatim text registered for this provision: paraphrase only.',
      verification: 'text: {v}',
      upcomingCitations: 'Further bases, not yet in force',
      trace: 'Trace: the rules, classifications and facts matched',
      traceClassifications: 'classifications',
      traceFacts: 'facts',
      upcomingTitle: v => `Not yet in force (${v.n})`,
      upcomingHint: 'Law that comes into force after {asOf}: these obligations will apply from the date shown.',
      upcomingNone: 'Nothing cited comes into force after {asOf}.',
      upcomingFrom: 'From {date}',
      nearMissesTitle: v => `Near misses (${v.n})`,
      nearMissesHint: 'Obligations that would apply if one known fact changed.',
      nearMissesNone: 'No near misses: changing one known fact would add nothing.',
      nearMissIf: 'If “{field}” were {value}',
      tryChange: 'Make this change and evaluate',
      classificationsTitle: 'How the service is classified',
      factsTitle: 'The service as described',
      factUnknown: 'unknown',
      factNone: 'none',
      factToday: 'today',
      citations: 'Citations',
      timelineFor: 'Timeline for {name}, {from} to {to}',
      periodCount: v => v.n === 1 ? '1 obligation in force' : `${v.n} obligations in force`,
      added: 'Added',
      removed: 'Removed',
      citationsGained: 'Citations gained',
      citationsLost: 'Citations lost',
      firstPeriod: 'The answer at the start of the range.',
      noChange: 'No change at the start of this period.',
      allInForce: v => `All ${v.n} obligations in this period`,
      networkError: 'Could not reach the server: {msg}',
      serverProblem: 'The server answered {status}: {detail}',
      evaluatedStatus: v => `Evaluated ${v.name}: ${v.applies} apply, ${v.und} undetermined, ${v.up} upcoming.`,
      timelineStatus: v => `Timeline for ${v.name}: ${v.n} periods.`,
      statusApplies: 'applies',
      statusUndetermined: 'undetermined',
      fillFromTo: 'Give both dates.',
      notInForm: 'This fact is not in the form.'
    },
    zh: {
      pageTitle: 'synthlex — 哪些中国人工智能法律义务适用？',
      skipToResults: '跳到结果',
      tagline: '哪些中国人工智能法律义务适用于该服务？',
      language: '语言',
      describeTitle: '描述服务',
      describeHint: '回答你所知道的。留为“未知”的是/否问题按未知发送，绝不当作“否”：取决于它的义务会标为待定，并给出需要回答的问题。',
      examplesTitle: '从示例开始',
      examplesHint: '点击一次即用示例服务填写表单。',
      examplesFailed: '无法加载示例。',
      loadingSchema: '正在加载表单…',
      schemaFailed: '无法生成表单：未能加载模式（{msg}）。',
      explainShort: '解释',
      explainLabel: '“解释”会同时显示差一点适用的义务（改变一项已知事实即会适用）和推理过程。',
      evaluate: '评估',
      evaluating: '正在评估…',
      clearForm: '清空表单',
      requestPreview: '本表单发送的 JSON',
      resultsTitle: '结果',
      resultsEmpty: '加载示例或描述一项服务，然后点击“评估”。',
      timelineTitle: '随时间的变化',
      timelineHint: '两个日期之间的各个时段，以所引法律的施行日期为界，列出每个时段开始时新增和不再适用的义务以及新增的依据。',
      from: '起始日期',
      to: '截止日期',
      showTimeline: '显示时间线',
      footer: 'synthlex 依据其规则库作答，不构成法律意见。引文为各条款的中文原文；英文释义仅供参考。',
      unknown: '未知',
      yes: '是',
      no: '否',
      none: '没有',
      someOfThese: '以下各项：',
      required: '必填',
      exampleLoaded: '已加载示例“{name}”。点击“评估”查看其义务。',
      formCleared: '表单已清空。',
      errorsTitle: v => `服务描述中有 ${v.n} 个问题`,
      timelineErrorsTitle: v => `时间线请求中有 ${v.n} 个问题`,
      notAField: '不是本表单的字段',
      staleAnswer: '上一次请求被拒绝（问题见表单）。下面的结果来自之前的评估。',
      obligationsFor: '{name} 的义务',
      asOfLine: '适用 {asOf} 的法律',
      ruleBaseLine: '规则库 {version}',
      countApplies: v => `${v.n} 项适用`,
      countUndetermined: v => `${v.n} 项待定`,
      countUpcoming: v => `${v.n} 项尚未施行`,
      countQuestions: v => `${v.n} 个待答问题`,
      download: '下载结果（JSON）',
      downloadTimeline: '下载时间线（JSON）',
      print: '打印报告',
      questionsTitle: v => `待回答的问题（${v.n}）`,
      questionsHint: '部分义务取决于你留为未知的事实。每回答一个问题，表单随之更新并重新评估。',
      decides: v => `决定 ${v.n} 项义务`,
      answerWithTicked: '按所选作答',
      noneOfThese: '都没有',
      answer: '作答',
      answerLegend: '你的回答',
      answered: '已回答“{field}”，正在重新评估…',
      field: '字段',
      obligationsTitle: '现行有效的义务',
      groupBy: '分组方式',
      byKind: '义务类型',
      byInstrument: '法律文件',
      show: '显示',
      showAll: '全部',
      showApplies: '仅适用',
      showUndetermined: '仅待定',
      noObligations: '此视图中没有义务。',
      bearer: '义务主体',
      kind: '类型',
      because: '适用理由',
      wouldApplyBecause: '可能适用的理由',
      willApplyBecause: '将适用的理由',
      willApply: '将适用',
      missing: '尚需查明',
      reading: '解释立场',
      contested: '有争议',
      alternative: '另一种解释',
      inForceFrom: '自 {date} 起施行',
      alsoCited: '另见',
      noText: '本条款未登记原文，仅有释义。',
      verification: '文本：{v}',
      upcomingCitations: '尚未施行的其他依据',
      trace: '推理过程：匹配的规则、分类和事实',
      traceClassifications: '分类',
      traceFacts: '事实',
      upcomingTitle: v => `尚未施行（${v.n}）`,
      upcomingHint: '在 {asOf} 之后施行的法律：这些义务自所示日期起适用。',
      upcomingNone: '所引法律中没有在 {asOf} 之后施行的。',
      upcomingFrom: '自 {date} 起',
      nearMissesTitle: v => `差一点适用（${v.n}）`,
      nearMissesHint: '改变一项已知事实即会适用的义务。',
      nearMissesNone: '没有：改变任何一项已知事实都不会增加义务。',
      nearMissIf: '如果“{field}”为 {value}',
      tryChange: '作此改变并评估',
      classificationsTitle: '服务的法律定性',
      factsTitle: '所描述的服务',
      factUnknown: '未知',
      factNone: '没有',
      factToday: '今天',
      citations: '依据',
      timelineFor: '{name} 的时间线：{from} 至 {to}',
      periodCount: v => `${v.n} 项义务有效`,
      added: '新增',
      removed: '不再适用',
      citationsGained: '新增依据',
      citationsLost: '失去依据',
      firstPeriod: '起始日的结果。',
      noChange: '本时段开始时没有变化。',
      allInForce: v => `本时段全部 ${v.n} 项义务`,
      networkError: '无法连接服务器：{msg}',
      serverProblem: '服务器返回 {status}：{detail}',
      evaluatedStatus: v => `已评估 ${v.name}：${v.applies} 项适用，${v.und} 项待定，${v.up} 项尚未施行。`,
      timelineStatus: v => `${v.name} 的时间线：${v.n} 个时段。`,
      statusApplies: '适用',
      statusUndetermined: '待定',
      fillFromTo: '请填写两个日期。',
      notInForm: '表单中没有这一事实。'
    }
  };

  // Labels for the fields of API v1; the English meaning always comes from the schema itself.
  // [English label, Chinese label, Chinese meaning]
  const FIELDS = {
    '/name': ['Name', '名称', '服务的名称。'],
    '/asOf': ['Judge as of', '适用日期', '按哪一天的法律判断（年-月-日）；默认为上海时间今天。'],
    '/roles': ['Roles', '角色', '该服务所扮演的角色。'],
    '/audience': ['Audience', '服务对象', '服务面向谁。'],
    '/audience/publicInMainlandChina': ['Public in mainland China', '向境内公众提供', '向中华人民共和国境内公众提供服务（《生成式人工智能服务管理暂行办法》第二条）。'],
    '/audience/minors': ['Minors', '未成年人可以使用', '未成年人可以使用（《算法推荐管理规定》第十八条，《生成式人工智能服务管理暂行办法》第十条）。'],
    '/audience/elderly': ['Elderly users', '面向老年人', '向老年人提供服务（《算法推荐管理规定》第十九条）。'],
    '/capabilities': ['Capabilities', '功能', '服务用算法做什么；选“未知”则相关定性待定，选“没有”表示不使用算法。'],
    '/publicOpinion': ['Public opinion', '舆论属性', '具有舆论属性或者社会动员能力。'],
    '/publicOpinion/channels': ['Public-expression channels', '公众表达渠道', '公众表达功能（2018年《安全评估规定》第二条）；“没有”与“未知”不同。'],
    '/publicOpinion/socialMobilisation': ['Social mobilisation', '社会动员能力', '能够动员公众从事特定活动（2018年《安全评估规定》第二条第（二）项）。'],
    '/informationPublishing': ['User publishing', '用户发布信息', '用户可以通过该服务发布信息（《深度合成管理规定》第九条）。'],
    '/tools': ['Tools', '工具', '服务提供的工具。'],
    '/tools/offered': ['Tools offered', '提供工具', '提供模型、模板等工具（《深度合成管理规定》第十五条第二款）。'],
    '/tools/biometric': ['Biometric tools', '工具涉及生物识别信息', '这些工具生成或者编辑人脸、人声等生物识别信息（《深度合成管理规定》第十五条第二款第（一）项）。'],
    '/tools/sensitiveScenes': ['Sensitive-scene tools', '工具涉及特殊物体、场景', '这些工具生成或者编辑可能涉及国家安全、国家形象、国家利益和社会公共利益的特殊物体、场景（《深度合成管理规定》第十五条第二款第（二）项）。'],
    '/biometricEditing': ['Biometric editing', '生物识别信息编辑', '编辑他人人脸、人声等生物识别信息的功能（《深度合成管理规定》第十四条第二款）；“没有”与“未知”不同。'],
    '/newFunction': ['New function', '上线新功能', '正在上线新产品、新应用、新功能（《深度合成管理规定》第二十条）。'],
    '/contentExport': ['Content export', '用户可导出内容', '用户可以下载、复制、导出生成合成内容（《人工智能生成合成内容标识办法》第四条第二款）。'],
    '/unlabelledOnRequest': ['Unlabelled on request', '应要求提供无显式标识内容', '应用户要求提供没有显式标识的生成合成内容（《人工智能生成合成内容标识办法》第九条）。'],
    '/training': ['Training', '模型训练', '模型训练。'],
    '/training/trainsModels': ['Trains models', '训练模型', '训练或者微调模型。'],
    '/training/personalInformation': ['Personal information in training data', '训练数据含个人信息', '训练数据包含个人信息。'],
    '/training/annotation': ['Manual annotation', '人工标注数据', '人工标注数据（《生成式人工智能服务管理暂行办法》第八条）。'],
    '/personalInformation': ['Personal information', '个人信息', '个人信息处理。'],
    '/personalInformation/processes': ['Processing', '处理个人信息', '是否处理个人信息。'],
    '/personalInformation/sensitive': ['Sensitive categories', '敏感个人信息', '处理的敏感个人信息（《个人信息保护法》第二十八条）；不选即没有。'],
    '/personalInformation/individuals': ['Individuals', '个人数量', '持有多少个人的信息。'],
    '/personalInformation/crossBorderTransfer': ['Cross-border transfer', '向境外提供', '向中华人民共和国境外提供个人信息（《个人信息保护法》第三十八条至第四十条）。'],
    '/personalInformation/automatedDecisionMaking': ['Automated decisions', '自动化决策', '利用个人特征进行自动化决策或者信息推送（《个人信息保护法》第二十四条）。'],
    '/personalInformation/providesToOtherHandlers': ['Sharing with other handlers', '向其他处理者提供', '向其他个人信息处理者提供个人信息（《个人信息保护法》第二十三条）。'],
    '/personalInformation/publiclyDiscloses': ['Public disclosure', '公开个人信息', '公开其处理的个人信息（《个人信息保护法》第二十五条）。'],
    '/personalInformation/publicPlaceImageCollection': ['Public-place images', '公共场所采集图像', '在公共场所采集图像、个人身份识别信息（《个人信息保护法》第二十六条）。'],
    '/personalInformation/entrustedProcessing': ['Entrusts processing', '委托处理', '委托他人处理个人信息（《个人信息保护法》第二十一条）。'],
    '/personalInformation/largePlatform': ['Large platform', '大型平台', '提供重要互联网平台服务、用户数量巨大、业务类型复杂（《个人信息保护法》第五十八条）。'],
    '/news': ['News', '新闻信息服务', '提供互联网新闻信息服务（《算法推荐管理规定》第十三条）。'],
    '/workers': ['Worker dispatch', '调度劳动者', '向劳动者提供工作调度服务（《算法推荐管理规定》第二十条）。'],
    '/consumerPricing': ['Consumer pricing', '算法定价', '向消费者销售商品或者提供服务，由算法决定价格等交易条件（《算法推荐管理规定》第二十一条）。'],
    '/researchOnly': ['Research only', '仅用于研究', '仅研发、应用于研究，未向境内公众提供服务（《生成式人工智能服务管理暂行办法》第二条第三款）。'],
    '/mediaServices': ['Media services', '网络出版、文化、视听服务', '从事网络出版服务、网络文化活动和网络视听节目服务（《深度合成管理规定》第二十四条）。']
  };

  const ENUM_ZH = {
    'service-provider': '服务提供者', 'technical-supporter': '技术支持者', 'content-platform': '内容传播平台',
    'app-store': '应用程序分发平台', 'user': '使用者',
    'chat': '对话', 'writing': '写作', 'speech-synthesis': '语音合成', 'voice-cloning': '声音克隆',
    'voice-editing': '人声编辑', 'music-generation': '音乐生成', 'audio-editing': '音频编辑',
    'face-generation': '人脸生成', 'face-swap': '人脸替换', 'face-editing': '人脸编辑', 'pose-editing': '姿态操控',
    'image-generation': '图像生成', 'image-editing': '图像编辑', 'image-enhancement': '图像增强',
    'image-restoration': '图像修复', 'video-generation': '视频生成', 'video-editing': '视频编辑',
    'immersive-scene': '沉浸式拟真场景', '3d-reconstruction': '三维重建', 'digital-simulation': '数字仿真',
    'personalized-recommendation': '个性化推送', 'ranking-selection': '排序精选', 'search-filtering': '检索过滤',
    'dispatch-decision': '调度决策', 'emotional-companion': '情感陪伴',
    'forum': '论坛', 'blog': '博客', 'microblog': '微博客', 'chat-room': '聊天室', 'group-chat': '通讯群组',
    'public-account': '公众账号', 'short-video': '短视频', 'livestream': '网络直播', 'information-sharing': '信息分享',
    'mini-program': '小程序', 'comments': '评论',
    'face': '人脸', 'voice': '人声', 'other': '其他',
    'biometric': '生物识别', 'religious-belief': '宗教信仰', 'specific-identity': '特定身份', 'medical-health': '医疗健康',
    'financial-account': '金融账户', 'location-tracking': '行踪轨迹', 'minor-under-14': '不满十四周岁未成年人'
  };
  // the meaning of each role, in Chinese (the English comes from the schema)
  const ENUM_MEANING_ZH = {
    'service-provider': '向用户提供服务（深度合成、算法推荐、生成式人工智能服务提供者，个人信息处理者）',
    'technical-supporter': '提供其他服务提供者所依托的模型、接口或者技术（《深度合成管理规定》第二十三条）',
    'content-platform': '传播用户发布的内容（《人工智能生成合成内容标识办法》第六条）',
    'app-store': '分发应用程序（《深度合成管理规定》第十三条，《人工智能生成合成内容标识办法》第七条）'
  };
  const ENUM_EN = { '3d-reconstruction': '3D reconstruction', 'minor-under-14': 'Minors under 14', 'app-store': 'App store' };

  const KINDS = {
    'filing': ['Filing', '备案'], 'security-assessment': ['Security assessment', '安全评估'],
    'labelling': ['Labelling', '标识'], 'consent': ['Consent', '同意'], 'notice': ['Notice and disclosure', '告知与公示'],
    'real-name-verification': ['Real-name verification', '真实身份信息认证'], 'content-moderation': ['Content moderation', '内容管理'],
    'record-keeping': ['Record keeping', '记录留存'], 'complaint-handling': ['Complaint handling', '投诉举报处理'],
    'algorithm-review': ['Algorithm review', '算法审核'], 'ethics-review': ['Ethics review', '科技伦理审查'],
    'data-security': ['Data security', '数据安全'], 'impact-assessment': ['Impact assessment', '影响评估'],
    'user-rights': ['User rights', '用户权利'], 'minors-protection': ['Protection of minors', '未成年人保护'],
    'management-system': ['Management system', '管理制度'], 'prohibition': ['Prohibitions', '禁止性规定'],
    'cooperation': ['Cooperation with authorities', '配合监管'], 'licensing': ['Licensing', '行政许可'], 'other': ['Other', '其他']
  };
  const KIND_ORDER = Object.keys(KINDS);
  // Arrays where absent means unknown (API.md); also recognised from the schema's own words.
  const UNKNOWABLE_ARRAYS = new Set(['/publicOpinion/channels', '/biometricEditing']);

  // ---------------------------------------------------------------- state and helpers

  const state = {
    lang: 'en', schema: null, examples: [], instruments: {}, fields: new Map(),
    answer: null, request: null, timeline: null, timelineRequest: null,
    group: 'kind', filter: 'all', seq: 0, tlSeq: 0, evaluations: 0, timelines: 0,
    blobUrl: null, tlBlobUrl: null
  };

  const $ = (sel, root) => (root || document).querySelector(sel);
  const $$ = (sel, root) => Array.from((root || document).querySelectorAll(sel));

  function h(tag, attrs, ...kids) {
    const el = document.createElement(tag);
    if (attrs) {
      for (const [k, v] of Object.entries(attrs)) {
        if (v == null || v === false) continue;
        if (k === 'class') el.className = v;
        else if (k === 'text') el.textContent = v;
        else if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
        else el.setAttribute(k, v === true ? '' : String(v));
      }
    }
    for (const kid of kids.flat(Infinity)) {
      if (kid == null || kid === false) continue;
      el.append(kid instanceof Node ? kid : String(kid));
    }
    return el;
  }

  function t(key, vars) {
    const table = I18N[state.lang] || I18N.en;
    const s = table[key] !== undefined ? table[key] : (I18N.en[key] !== undefined ? I18N.en[key] : key);
    if (typeof s === 'function') return s(vars || {});
    return s.replace(/\{(\w+)\}/g, (m, k) => (vars && vars[k] != null ? String(vars[k]) : m));
  }

  const zh = () => state.lang === 'zh';
  const fid = pointer => 'f' + pointer.replace(/\//g, '-');
  const humanize = key => {
    const s = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/-/g, ' ').toLowerCase();
    return s.charAt(0).toUpperCase() + s.slice(1);
  };
  function fieldLabel(pointer) {
    const f = FIELDS[pointer];
    if (f) return zh() ? f[1] : f[0];
    return humanize(pointer.split('/').pop() || pointer);
  }
  function fieldDesc(pointer, schema) {
    const f = FIELDS[pointer];
    if (zh() && f && f[2]) return f[2];
    return (schema && schema.description) || '';
  }
  // the member's name in the JSON body, for those who call the API themselves
  const jsonName = pointer => h('code', { class: 'json-name' }, pointer.slice(1).replace(/\//g, '.'));
  function enumLabel(v) {
    if (zh() && ENUM_ZH[v]) return ENUM_ZH[v];
    return ENUM_EN[v] || humanize(v);
  }
  const kindLabel = k => (KINDS[k] ? KINDS[k][zh() ? 1 : 0] : humanize(k));
  const statusLabel = s => (s === 'applies' ? t('statusApplies') : s === 'undetermined' ? t('statusUndetermined') : s);

  function say(msg) {
    const el = $('#status');
    el.textContent = '';
    // a fresh text node, so that screen readers announce the same message twice too
    window.setTimeout(() => { el.textContent = msg; }, 30);
  }

  function typesOf(s) {
    const ty = s && s.type;
    return Array.isArray(ty) ? ty.filter(x => x !== 'null') : ty ? [ty] : [];
  }

  function nodeKind(pointer, s) {
    const ty = typesOf(s)[0];
    if (ty === 'object' && s.properties) return 'object';
    if (ty === 'array' && s.items && Array.isArray(s.items.enum)) return 'enumArray';
    if (ty === 'boolean') return 'boolean';
    if (ty === 'integer' || ty === 'number') return 'number';
    if (ty === 'string' && Array.isArray(s.enum)) return 'enum';
    if (ty === 'string' && (s.format === 'date' || String(s.pattern || '').includes('{4}-'))) return 'date';
    if (ty === 'string') return 'string';
    return 'json';
  }

  // "a: meaning; b: meaning" in an items description -> { a: meaning, b: meaning }
  function enumMeanings(desc) {
    const out = {};
    if (!desc) return out;
    for (const part of desc.split(/;\s*(?=[a-z0-9][a-z0-9-]*:\s)/)) {
      const m = /^([a-z0-9][a-z0-9-]*):\s*(.*?)\.?$/.exec(part.trim());
      if (m) out[m[1]] = m[2];
    }
    return out;
  }

  function schemaAt(pointer) {
    let s = state.schema;
    for (const key of pointer.split('/').slice(1)) {
      if (!s || !s.properties || !s.properties[key]) return null;
      s = s.properties[key];
    }
    return s;
  }

  function valueAt(obj, pointer) {
    let v = obj;
    for (const key of pointer.split('/').slice(1)) {
      if (v == null || typeof v !== 'object') return undefined;
      v = v[key];
    }
    return v;
  }

  async function getJson(url, options) {
    const res = await fetch(url, options);
    let body = null;
    try { body = await res.json(); } catch (e) { body = null; }
    return { res, body };
  }

  // ---------------------------------------------------------------- the form, from the schema

  function buildForm() {
    const box = $('#form-fields');
    box.replaceChildren();
    state.fields = new Map();
    const root = state.schema;
    const required = root.required || [];
    for (const [key, sub] of Object.entries(root.properties || {})) {
      box.append(buildNode('/' + key, sub, required.includes(key)));
    }
  }

  function buildNode(pointer, s, required) {
    const kind = nodeKind(pointer, s);
    const id = fid(pointer);
    const d = { pointer, schema: s, kind, required, id };
    state.fields.set(pointer, d);
    const label = fieldLabel(pointer);
    const desc = fieldDesc(pointer, s);
    const descId = id + '-desc';
    const errId = id + '-err';
    const err = h('p', { class: 'field-error', id: errId, hidden: true });

    if (kind === 'object') {
      const fs = h('fieldset', { class: 'group', 'data-pointer': pointer, id, 'aria-describedby': desc ? descId : null },
        h('legend', {}, label),
        desc ? h('p', { class: 'desc', id: descId }, desc) : null);
      d.children = [];
      const req = s.required || [];
      for (const [key, sub] of Object.entries(s.properties)) {
        const child = pointer + '/' + key;
        d.children.push(child);
        fs.append(buildNode(child, sub, req.includes(key)));
      }
      fs.append(err);
      return fs;
    }

    if (kind === 'enumArray') {
      const values = s.items.enum;
      const meanings = enumMeanings(s.items.description);
      d.unknowable = UNKNOWABLE_ARRAYS.has(pointer) || /absent means unknown/i.test(s.description || '');
      const fs = h('fieldset', { class: 'field enum-array', 'data-pointer': pointer, id, 'aria-describedby': descId + ' ' + errId },
        h('legend', {}, label, required ? h('span', { class: 'req' }, ' (' + t('required') + ')') : null),
        h('p', { class: 'desc', id: descId }, desc, ' ', jsonName(pointer)));
      if (d.unknowable) {
        const modes = h('div', { class: 'modes' });
        for (const mode of ['unknown', 'none', 'some']) {
          const rid = id + '--' + mode;
          const radio = h('input', { type: 'radio', id: rid, name: id + '--mode', value: mode, 'data-mode': mode });
          radio.addEventListener('change', () => onModeChange(d, mode));
          modes.append(h('span', { class: 'opt' }, radio,
            h('label', { for: rid }, mode === 'unknown' ? t('unknown') : mode === 'none' ? t('none') : t('someOfThese'))));
        }
        fs.append(modes);
        d.modeInputs = $$('input[type=radio]', modes);
      }
      const opts = h('div', { class: 'options' + (values.length > 6 ? ' many' : '') + (Object.keys(meanings).length ? ' described' : '') });
      d.checks = [];
      for (const v of values) {
        const cid = id + '-' + v;
        const cb = h('input', { type: 'checkbox', id: cid, value: v, 'data-value': v });
        cb.addEventListener('change', () => onCheck(d));
        d.checks.push(cb);
        const meaning = zh() && meanings[v] && ENUM_MEANING_ZH[v] ? ENUM_MEANING_ZH[v] : meanings[v];
        opts.append(h('span', { class: 'opt' }, cb,
          h('label', { for: cid, title: v },
            enumLabel(v),
            meaning ? h('span', { class: 'opt-desc' }, meaning) : null)));
      }
      fs.append(opts, err);
      if (d.unknowable) setMode(d, 'unknown');
      return fs;
    }

    const wrap = h('div', { class: 'field field-' + kind, 'data-pointer': pointer });
    const labelEl = h('label', { for: id }, label, required ? h('span', { class: 'req' }, ' (' + t('required') + ')') : null);
    let control;
    const describedBy = descId + ' ' + errId;
    if (kind === 'boolean') {
      control = h('select', { id, 'aria-describedby': describedBy },
        h('option', { value: '' }, t('unknown')),
        h('option', { value: 'true' }, t('yes')),
        h('option', { value: 'false' }, t('no')));
    } else if (kind === 'enum') {
      control = h('select', { id, 'aria-describedby': describedBy },
        h('option', { value: '' }, t('unknown')),
        s.enum.filter(v => v !== null).map(v => h('option', { value: v }, enumLabel(v))));
    } else if (kind === 'number') {
      control = h('input', { id, type: 'number', inputmode: 'numeric', min: s.minimum, max: s.maximum,
        step: typesOf(s)[0] === 'integer' ? 1 : 'any', 'aria-describedby': describedBy, placeholder: t('unknown') });
    } else if (kind === 'date') {
      control = h('input', { id, type: 'date', 'aria-describedby': describedBy });
    } else if (kind === 'string') {
      control = h('input', { id, type: 'text', maxlength: s.maxLength, required: required || null,
        autocomplete: 'off', 'aria-describedby': describedBy });
    } else {
      control = h('textarea', { id, rows: 2, 'aria-describedby': describedBy, placeholder: 'JSON' });
    }
    d.control = control;
    wrap.append(labelEl, control, h('p', { class: 'desc', id: descId }, desc, ' ', jsonName(pointer)), err);
    return wrap;
  }

  function setMode(d, mode) {
    if (!d.modeInputs) return;
    for (const r of d.modeInputs) r.checked = r.value === mode;
    d.fieldset = d.fieldset || document.getElementById(d.id);
    if (d.fieldset) d.fieldset.setAttribute('data-mode', mode);
  }
  function currentMode(d) {
    const r = d.modeInputs && d.modeInputs.find(x => x.checked);
    return r ? r.value : 'some';
  }
  function onModeChange(d, mode) {
    if (mode !== 'some') for (const cb of d.checks) cb.checked = false;
    setMode(d, mode);
    updatePreview();
  }
  function onCheck(d) {
    if (d.unknowable) {
      const any = d.checks.some(cb => cb.checked);
      setMode(d, any ? 'some' : (currentMode(d) === 'some' ? 'none' : currentMode(d)));
    }
    updatePreview();
  }

  function readNode(d) {
    switch (d.kind) {
      case 'object': {
        const out = {};
        for (const child of d.children) {
          const v = readNode(state.fields.get(child));
          if (v !== undefined) out[child.split('/').pop()] = v;
        }
        return Object.keys(out).length ? out : undefined;
      }
      case 'enumArray': {
        if (d.unknowable && currentMode(d) === 'unknown') return undefined;
        const vals = d.checks.filter(cb => cb.checked).map(cb => cb.value);
        if (d.unknowable || d.required) return vals;
        return vals.length ? vals : undefined;
      }
      case 'boolean':
        return d.control.value === '' ? undefined : d.control.value === 'true';
      case 'number': {
        if (d.control.value === '') return undefined;
        const n = Number(d.control.value);
        return Number.isFinite(n) ? n : d.control.value;
      }
      case 'enum': case 'date':
        return d.control.value === '' ? undefined : d.control.value;
      case 'string':
        if (d.required) return d.control.value;
        return d.control.value === '' ? undefined : d.control.value;
      default: {
        const raw = d.control.value.trim();
        if (!raw) return undefined;
        try { return JSON.parse(raw); } catch (e) { return raw; }
      }
    }
  }

  function writeNode(d, v) {
    switch (d.kind) {
      case 'object':
        for (const child of d.children) writeNode(state.fields.get(child), v && typeof v === 'object' ? v[child.split('/').pop()] : undefined);
        break;
      case 'enumArray': {
        const list = Array.isArray(v) ? v : [];
        for (const cb of d.checks) cb.checked = list.includes(cb.value);
        if (d.unknowable) setMode(d, !Array.isArray(v) ? 'unknown' : list.length ? 'some' : 'none');
        break;
      }
      case 'boolean':
        d.control.value = v === true ? 'true' : v === false ? 'false' : '';
        break;
      case 'json':
        d.control.value = v === undefined || v === null ? '' : JSON.stringify(v);
        break;
      default:
        d.control.value = v === undefined || v === null ? '' : String(v);
    }
  }

  function readForm() {
    const out = {};
    for (const key of Object.keys(state.schema.properties || {})) {
      const v = readNode(state.fields.get('/' + key));
      if (v !== undefined) out[key] = v;
    }
    return out;
  }

  function writeForm(service) {
    for (const key of Object.keys(state.schema.properties || {})) {
      writeNode(state.fields.get('/' + key), service ? service[key] : undefined);
    }
    updatePreview();
  }

  function setField(pointer, value) {
    const d = state.fields.get(pointer);
    if (!d) return false;
    writeNode(d, value);
    const el = document.getElementById(d.id);
    const box = el && (el.closest('[data-pointer]') || el);
    if (box) {
      box.classList.remove('just-set');
      void box.offsetWidth;
      box.classList.add('just-set');
    }
    updatePreview();
    return true;
  }

  function updatePreview() {
    if (!state.schema) return;
    $('#request-json').textContent = JSON.stringify(readForm(), null, 2);
  }

  function focusField(pointer) {
    const box = findBox(pointer, [$('#service-form'), $('#timeline-form')]);
    if (!box) return;
    const target = box.matches('input, select, textarea') ? box
      : box.querySelector('input:checked, input, select, textarea') || box;
    const details = target.closest('details');
    if (details) details.open = true;
    target.focus();
    if (target.scrollIntoView) target.scrollIntoView({ block: 'center' });
  }

  // a field's label linked to its control, with its pointer; just the pointer for a field the form lacks
  const fieldRef = pointer => (state.fields.has(pointer) ? [fieldLink(pointer), ' ', h('code', {}, pointer)] : [h('code', {}, pointer)]);

  function fieldLink(pointer) {
    const known = state.fields.has(pointer);
    const label = known ? fieldLabel(pointer) : pointer;
    if (!known) return h('code', {}, pointer);
    return h('a', { href: '#' + fid(pointer), class: 'field-link', 'data-pointer': pointer,
      onclick: e => { e.preventDefault(); focusField(pointer); } }, label);
  }

  // ---------------------------------------------------------------- problems next to the fields

  function findBox(pointer, scopes) {
    let p = pointer;
    for (;;) {
      for (const scope of scopes) {
        if (!scope) continue;
        const box = scope.querySelector('[data-pointer="' + p + '"]');
        if (box) return box;
      }
      if (!p) return null;
      p = p.replace(/\/[^/]*$/, '');
    }
  }

  function clearErrors(scope) {
    for (const box of $$('.invalid', scope)) box.classList.remove('invalid');
    for (const el of $$('[aria-invalid]', scope)) el.removeAttribute('aria-invalid');
    for (const p of $$('.field-error', scope)) { p.textContent = ''; p.hidden = true; }
  }

  function showErrors(errors, scopes, summary, titleKey) {
    summary.replaceChildren();
    const list = h('ul');
    for (const e of errors) {
      const pointer = e.pointer || '';
      const box = pointer ? findBox(pointer, scopes) : null;
      if (box) {
        box.classList.add('invalid');
        const err = box.querySelector(':scope > .field-error');
        if (err) {
          err.hidden = false;
          err.append(h('span', { class: 'msg' }, (box.getAttribute('data-pointer') !== pointer ? pointer + ': ' : '') + e.message));
        }
        const ctl = box.matches('fieldset') ? box : box.querySelector('input, select, textarea');
        if (ctl) ctl.setAttribute('aria-invalid', 'true');
      }
      const target = box ? box.getAttribute('data-pointer') : null;
      list.append(h('li', {},
        box ? h('a', { href: '#', onclick: ev => { ev.preventDefault(); focusField(target); } },
          fieldLabel(target) || pointer) : h('code', {}, pointer || '/'),
        ' ', pointer ? h('code', { class: 'pointer' }, pointer) : null,
        ': ', e.message,
        box ? null : h('span', { class: 'muted' }, ' (' + t('notAField') + ')')));
    }
    summary.append(h('h3', {}, t(titleKey, { n: errors.length })), list);
    summary.hidden = false;
    summary.focus();
  }

  function problemText(body, res) {
    if (body && (body.detail || body.title)) return t('serverProblem', { status: res.status, detail: body.detail || body.title });
    return t('serverProblem', { status: res.status, detail: res.statusText || '' });
  }

  // ---------------------------------------------------------------- evaluating

  async function evaluate(body, opts) {
    opts = opts || {};
    if (!state.schema) return;
    body = body || readForm();
    const form = $('#service-form');
    clearErrors(form);
    $('#form-errors').hidden = true;
    const explain = $('#explain').checked;
    const params = new URLSearchParams({ lang: state.lang });
    if (explain) params.set('explain', 'true');
    const seq = ++state.seq;
    setBusy(true);
    try {
      const { res, body: data } = await getJson('v1/evaluations?' + params.toString(), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
        body: JSON.stringify(body)
      });
      if (seq !== state.seq) return;
      if (res.ok && data) {
        state.answer = data;
        state.request = body;
        state.explained = explain;
        state.evaluations += 1;
        renderReport();
        const counts = countsOf(data);
        say(t('evaluatedStatus', { name: data.name, applies: counts.applies, und: counts.und, up: counts.up }));
        if (opts.focus) {
          const target = $('#questions-title') || $('#report-title');
          if (target) target.focus();
        } else if (opts.scroll !== false && window.matchMedia('(max-width: 1099px)').matches) {
          $('#report-title').scrollIntoView({ block: 'start' });
        }
      } else if (data && Array.isArray(data.errors) && data.errors.length) {
        showErrors(data.errors, [form], $('#form-errors'), 'errorsTitle');
        say(t('errorsTitle', { n: data.errors.length }));
        if (state.answer) showResultsError(t('staleAnswer'));
      } else {
        showResultsError(problemText(data, res));
      }
    } catch (e) {
      if (seq === state.seq) showResultsError(t('networkError', { msg: e.message }));
    } finally {
      if (seq === state.seq) setBusy(false);
    }
  }

  function setBusy(busy) {
    for (const b of [$('#evaluate'), $('#evaluate-bottom')]) {
      b.disabled = busy;
      b.textContent = busy ? t('evaluating') : t('evaluate');
    }
    $('#results').setAttribute('aria-busy', busy ? 'true' : 'false');
  }

  function showResultsError(msg) {
    const el = $('#results-error');
    el.textContent = msg;
    el.hidden = false;
  }

  function countsOf(a) {
    const obs = a.obligations || [];
    return {
      applies: obs.filter(o => o.status === 'applies').length,
      und: obs.filter(o => o.status === 'undetermined').length,
      up: (a.upcoming || []).length,
      q: (a.questions || []).length
    };
  }

  // ---------------------------------------------------------------- the answer

  function renderReport() {
    const a = state.answer;
    const report = $('#report');
    $('#results-empty').hidden = true;
    $('#results-error').hidden = true;
    report.hidden = false;
    state.classTitles = {};
    for (const c of a.classifications || []) state.classTitles[c.id] = c.title;
    state.obTitles = {};
    for (const o of (a.obligations || []).concat(a.upcoming || [])) state.obTitles[o.id] = o.title;
    const counts = countsOf(a);

    if (state.blobUrl) URL.revokeObjectURL(state.blobUrl);
    state.blobUrl = URL.createObjectURL(new Blob([JSON.stringify(a, null, 2) + '\n'], { type: 'application/json' }));
    const fileName = 'synthlex-' + slug(a.name) + '-' + a.asOf + (zh() ? '-zh' : '') + '.json';
    document.title = 'synthlex — ' + a.name + ' — ' + a.asOf;

    const version = a.ruleBase && a.ruleBase.version ? a.ruleBase.version : '';
    report.replaceChildren(...[
      h('header', { class: 'report-head' },
        h('h3', { id: 'report-title', tabindex: '-1' }, t('obligationsFor', { name: a.name })),
        h('p', { class: 'meta' }, t('asOfLine', { asOf: a.asOf }), ' · ',
          h('span', { class: 'version', title: version }, t('ruleBaseLine', { version: shortVersion(version) }))),
        h('ul', { class: 'counts' },
          h('li', { class: 'count applies' }, t('countApplies', { n: counts.applies })),
          h('li', { class: 'count undetermined' + (counts.und ? ' nonzero' : '') }, t('countUndetermined', { n: counts.und })),
          h('li', { class: 'count upcoming' }, t('countUpcoming', { n: counts.up })),
          h('li', { class: 'count open-questions' + (counts.q ? ' nonzero' : '') }, t('countQuestions', { n: counts.q }))),
        h('div', { class: 'actions no-print' },
          h('a', { id: 'download', class: 'button', href: state.blobUrl, download: fileName, type: 'application/json' }, t('download')),
          h('button', { type: 'button', id: 'print', onclick: () => window.print() }, t('print')))),
      (a.questions && a.questions.length) ? renderQuestions(a.questions) : null,
      renderObligationsSection(),
      renderUpcoming(a),
      state.explained ? renderNearMisses(a.nearMisses || []) : null,
      renderClassifications(a.classifications || []),
      renderFacts(state.request)
    ].filter(Boolean));
    $('#results').setAttribute('data-evaluations', String(state.evaluations));
  }

  function slug(s) {
    return String(s || 'service').toLowerCase().replace(/[^a-z0-9\u4e00-\u9fff]+/g, '-').replace(/^-+|-+$/g, '') || 'service';
  }
  function shortVersion(v) {
    const m = /^(sha256:)?([0-9a-f]{12})/.exec(v || '');
    return m ? (m[1] || '') + m[2] + '…' : v;
  }

  function renderQuestions(questions) {
    const list = h('ol', { class: 'questions' });
    for (const q of questions) list.append(questionItem(q));
    return h('section', { id: 'questions', class: 'questions-section', 'aria-labelledby': 'questions-title' },
      h('h3', { id: 'questions-title', tabindex: '-1' }, t('questionsTitle', { n: questions.length })),
      h('p', { class: 'hint' }, t('questionsHint')),
      list);
  }

  function questionItem(q) {
    const text = zh() ? (q.questionZh || q.question) : (q.question || q.questionZh);
    const decides = q.decides || [];
    const li = h('li', { class: 'question', 'data-pointer': q.pointer },
      h('p', { class: 'q-text' }, text),
      h('p', { class: 'q-meta' }, t('field'), ': ', fieldRef(q.pointer), ' · ',
        decides.length ? h('details', { class: 'inline-details' },
          h('summary', {}, t('decides', { n: decides.length })),
          h('ul', {}, decides.map(id => h('li', {}, state.obTitles[id] || id, ' ', h('code', { class: 'muted' }, id))))) : null),
      answerControl(q.pointer));
    return li;
  }

  function answerControl(pointer) {
    const d = state.fields.get(pointer);
    const box = h('div', { class: 'q-answer no-print' });
    if (!d) {
      box.append(h('p', { class: 'muted' }, t('notInForm')));
      return box;
    }
    const qid = 'q' + fid(pointer);
    const answer = value => {
      setField(pointer, value);
      say(t('answered', { field: fieldLabel(pointer) }));
      evaluate(readForm(), { focus: true });
    };
    if (d.kind === 'boolean') {
      box.append(
        h('button', { type: 'button', class: 'answer-btn', 'data-value': 'true', onclick: () => answer(true) }, t('yes')),
        h('button', { type: 'button', class: 'answer-btn', 'data-value': 'false', onclick: () => answer(false) }, t('no')));
    } else if (d.kind === 'enumArray') {
      const checks = d.schema.items.enum.map(v => {
        const cid = qid + '-' + v;
        const cb = h('input', { type: 'checkbox', id: cid, value: v, 'data-value': v });
        return h('span', { class: 'opt' }, cb, h('label', { for: cid }, enumLabel(v)));
      });
      const picked = () => $$('input[type=checkbox]', box).filter(cb => cb.checked).map(cb => cb.value);
      box.append(
        h('fieldset', { class: 'q-options' }, h('legend', { class: 'visually-hidden' }, t('answerLegend') + ': ' + fieldLabel(pointer)),
          h('div', { class: 'options many' }, checks)),
        h('div', { class: 'buttons' },
          h('button', { type: 'button', class: 'answer-submit', onclick: () => answer(picked()) }, t('answerWithTicked')),
          h('button', { type: 'button', class: 'answer-none', onclick: () => answer([]) }, t('noneOfThese'))));
    } else {
      const id = qid + '-value';
      let input;
      if (d.kind === 'enum') {
        input = h('select', { id }, d.schema.enum.map(v => h('option', { value: v }, enumLabel(v))));
      } else {
        input = h('input', { id, type: d.kind === 'number' ? 'number' : d.kind === 'date' ? 'date' : 'text',
          min: d.schema.minimum, inputmode: d.kind === 'number' ? 'numeric' : null });
      }
      const read = () => {
        if (d.kind === 'number') return input.value === '' ? undefined : Number(input.value);
        return input.value === '' ? undefined : input.value;
      };
      input.addEventListener('keydown', e => { if (e.key === 'Enter') { e.preventDefault(); if (read() !== undefined) answer(read()); } });
      box.append(h('label', { for: id, class: 'visually-hidden' }, t('answerLegend') + ': ' + fieldLabel(pointer)), input,
        h('button', { type: 'button', class: 'answer-submit', onclick: () => { if (read() !== undefined) answer(read()); else input.focus(); } }, t('answer')));
    }
    return box;
  }

  function renderObligationsSection() {
    const groupBox = h('div', { id: 'obligation-groups' });
    const groupRadios = ['kind', 'instrument'].map(g => {
      const id = 'group-' + g;
      const r = h('input', { type: 'radio', name: 'group-by', id, value: g });
      r.checked = state.group === g;
      r.addEventListener('change', () => { state.group = g; fillGroups(groupBox); });
      return h('span', { class: 'opt' }, r, h('label', { for: id }, g === 'kind' ? t('byKind') : t('byInstrument')));
    });
    const filter = h('select', { id: 'status-filter' },
      ['all', 'applies', 'undetermined'].map(v => h('option', { value: v },
        v === 'all' ? t('showAll') : v === 'applies' ? t('showApplies') : t('showUndetermined'))));
    filter.value = state.filter;
    filter.addEventListener('change', () => { state.filter = filter.value; fillGroups(groupBox); });
    const section = h('section', { id: 'obligations', 'aria-labelledby': 'obligations-title' },
      h('h3', { id: 'obligations-title' }, t('obligationsTitle')),
      h('div', { class: 'view-controls no-print' },
        h('fieldset', { class: 'inline' }, h('legend', {}, t('groupBy')), groupRadios),
        h('div', { class: 'inline-field' }, h('label', { for: 'status-filter' }, t('show')), filter)),
      groupBox);
    fillGroups(groupBox);
    return section;
  }

  function fillGroups(box) {
    const a = state.answer;
    let obs = a.obligations || [];
    if (state.filter !== 'all') obs = obs.filter(o => o.status === state.filter);
    box.replaceChildren();
    box.setAttribute('data-group', state.group);
    if (!obs.length) { box.append(h('p', { class: 'muted' }, t('noObligations'))); return; }
    if (state.group === 'instrument') {
      const groups = new Map();
      for (const o of obs) {
        const ids = [];
        for (const c of o.citations || []) if (!ids.includes(c.instrument)) ids.push(c.instrument);
        for (const id of ids) { if (!groups.has(id)) groups.set(id, []); groups.get(id).push(o); }
      }
      const order = Array.from(groups.keys()).sort((x, y) => {
        const ex = (state.instruments[x] || {}).effective || '9999', ey = (state.instruments[y] || {}).effective || '9999';
        return ex < ey ? -1 : ex > ey ? 1 : x.localeCompare(y);
      });
      for (const id of order) {
        const list = groups.get(id);
        box.append(groupBlock('instrument-' + id, instrumentHeading(id), list.length,
          list.map(o => obligationCard(o, { instrument: id }))));
      }
    } else {
      const groups = new Map();
      for (const o of obs) { if (!groups.has(o.kind)) groups.set(o.kind, []); groups.get(o.kind).push(o); }
      const order = Array.from(groups.keys()).sort((x, y) => rank(x) - rank(y) || x.localeCompare(y));
      for (const k of order) {
        const list = groups.get(k);
        box.append(groupBlock('kind-' + k, kindLabel(k), list.length, list.map(o => obligationCard(o, {}))));
      }
    }
  }
  const rank = k => { const i = KIND_ORDER.indexOf(k); return i < 0 ? 999 : i; };

  function instrumentHeading(id) {
    const ins = state.instruments[id];
    if (!ins) return [id];
    const en = ins.shortTitle || (ins.title && ins.title.en) || id;
    const zhTitle = ins.title && ins.title.zh;
    const main = zh() ? (zhTitle || en) : en;
    const second = zh() ? en : zhTitle;
    return [main, second && second !== main ? h('span', { class: 'sub', lang: zh() ? 'en' : 'zh-CN' }, second) : null,
      ins.effective ? h('span', { class: 'sub' }, t('inForceFrom', { date: ins.effective })) : null];
  }

  function groupBlock(key, heading, n, cards) {
    const details = h('details', { class: 'group-block', open: true, 'data-group': key },
      h('summary', {}, h('h4', {}, heading, h('span', { class: 'n' }, String(n)))),
      h('div', { class: 'cards' }, cards));
    return details;
  }

  function obligationCard(o, opts) {
    const all = o.citations || [];
    const cites = opts.instrument ? all.filter(c => c.instrument === opts.instrument) : all;
    const others = opts.instrument ? all.filter(c => c.instrument !== opts.instrument) : [];
    const because = (o.because || []).map(b => h('li', {}, state.classTitles[b] || b));
    return h('article', { class: 'obligation status-' + o.status, 'data-id': o.id, 'data-status': o.status },
      h('header', {},
        h('h5', {}, o.title),
        h('span', { class: 'badge ' + o.status }, opts.upcoming && o.status === 'applies' ? t('willApply') : statusLabel(o.status)),
        o.effective && opts.upcoming ? h('span', { class: 'badge effective' }, t('inForceFrom', { date: o.effective })) : null),
      h('p', { class: 'ob-meta' },
        h('span', {}, t('bearer'), ': ', enumLabel(o.bearer)), ' · ',
        h('span', {}, t('kind'), ': ', kindLabel(o.kind)), ' · ',
        h('code', { class: 'ob-id' }, o.id)),
      o.summary ? h('p', { class: 'ob-summary' }, o.summary) : null,
      because.length ? h('div', { class: 'because' }, h('span', { class: 'k' }, t(o.status === 'undetermined' ? 'wouldApplyBecause' : opts.upcoming ? 'willApplyBecause' : 'because'), ': '), h('ul', { class: 'inline-list' }, because)) : null,
      (o.missing && o.missing.length) ? h('div', { class: 'missing' }, h('span', { class: 'k' }, t('missing'), ': '),
        h('ul', { class: 'inline-list' }, o.missing.map(p => h('li', {}, fieldRef(p))))) : null,
      readingBlock(o.reading),
      h('ol', { class: 'citations', 'aria-label': t('citations') }, cites.map(citationItem)),
      others.length ? h('p', { class: 'also' }, h('span', { class: 'k' }, t('alsoCited'), ': '), others.map(c => c.label).join('; ')) : null,
      (o.upcomingCitations && o.upcomingCitations.length) ? h('div', { class: 'upcoming-citations' },
        h('p', { class: 'k' }, t('upcomingCitations')),
        h('ol', { class: 'citations' }, o.upcomingCitations.map(c => typeof c === 'string' ? h('li', {}, c) : citationItem(c)))) : null,
      (o.trace && o.trace.length) ? traceBlock(o.trace) : null);
  }

  function citationItem(c) {
    const ins = state.instruments[c.instrument];
    const zhHead = zh() && ins && ins.title && ins.title.zh ? '《' + ins.title.zh + '》' + (c.pinpoint || '') : null;
    return h('li', { class: 'citation', 'data-label': c.label, 'data-instrument': c.instrument },
      h('div', { class: 'cite-head' },
        zhHead ? h('strong', { class: 'cite-label', lang: 'zh-CN' }, zhHead) : h('strong', { class: 'cite-label' }, c.label),
        zhHead ? h('span', { class: 'pinpoint', lang: 'en' }, c.label) : (c.pinpoint ? h('span', { class: 'pinpoint', lang: 'zh-CN' }, c.pinpoint) : null),
        c.effective ? h('span', { class: 'effective' }, t('inForceFrom', { date: c.effective })) : null,
        c.text && c.verification && c.verification !== 'verbatim' ? h('span', { class: 'verification' }, t('verification', { v: c.verification })) : null),
      c.text ? h('blockquote', { class: 'zh-text', lang: 'zh-CN' },
        c.leadIn ? h('span', { class: 'lead-in' }, c.leadIn) : null,
        h('span', { class: 'verbatim' }, c.text)) : h('p', { class: 'no-text' }, t('noText')),
      c.summary ? h('p', { class: 'paraphrase', lang: 'en' }, c.summary) : null);
  }

  function traceBlock(trace) {
    return h('details', { class: 'trace' }, h('summary', {}, t('trace')),
      h('ul', {}, trace.map(tr => h('li', {},
        h('strong', {}, tr.rule ? tr.rule.name : ''), tr.rule && tr.rule.file ? h('code', { class: 'muted' }, ' ' + tr.rule.file + (tr.rule.line ? ':' + tr.rule.line : '')) : null,
        tr.status ? [' · ', statusLabel(tr.status)] : null,
        (tr.classifications && tr.classifications.length) ? h('div', {}, t('traceClassifications'), ': ', tr.classifications.map(c => state.classTitles[c] || c).join('; ')) : null,
        (tr.facts && tr.facts.length) ? h('div', {}, t('traceFacts'), ': ', tr.facts.map(f => typeof f === 'string' ? f : JSON.stringify(f)).join('; ')) : null))));
  }

  function renderUpcoming(a) {
    const up = a.upcoming || [];
    const section = h('section', { id: 'upcoming', 'aria-labelledby': 'upcoming-title' },
      h('h3', { id: 'upcoming-title' }, t('upcomingTitle', { n: up.length })));
    if (!up.length) { section.append(h('p', { class: 'muted' }, t('upcomingNone', { asOf: a.asOf }))); return section; }
    section.append(h('p', { class: 'hint' }, t('upcomingHint', { asOf: a.asOf })));
    const byDate = new Map();
    for (const o of up) { const k = o.effective || '?'; if (!byDate.has(k)) byDate.set(k, []); byDate.get(k).push(o); }
    for (const date of Array.from(byDate.keys()).sort()) {
      const list = byDate.get(date);
      section.append(groupBlock('upcoming-' + date, t('upcomingFrom', { date }), list.length, list.map(o => obligationCard(o, { upcoming: true }))));
    }
    return section;
  }

  function describeValue(v) {
    if (v === true) return t('yes');
    if (v === false) return t('no');
    if (Array.isArray(v)) return v.length ? v.map(enumLabel).join(', ') : t('none');
    if (v === null || v === undefined) return t('factUnknown');
    return typeof v === 'object' ? JSON.stringify(v) : String(v);
  }

  function renderNearMisses(nms) {
    const section = h('section', { id: 'near-misses', 'aria-labelledby': 'near-misses-title' },
      h('h3', { id: 'near-misses-title' }, t('nearMissesTitle', { n: nms.length })));
    if (!nms.length) { section.append(h('p', { class: 'muted' }, t('nearMissesNone'))); return section; }
    section.append(h('p', { class: 'hint' }, t('nearMissesHint')));
    const groups = new Map();
    for (const n of nms) {
      const key = JSON.stringify(n.change || {});
      if (!groups.has(key)) groups.set(key, { change: n.change || {}, items: [] });
      groups.get(key).items.push(n);
    }
    const list = h('ul', { class: 'near-misses' });
    for (const g of groups.values()) {
      const pointer = g.change.pointer;
      list.append(h('li', { class: 'near-miss', 'data-pointer': pointer },
        h('p', { class: 'nm-if' }, t('nearMissIf', { field: fieldLabel(pointer || ''), value: describeValue(g.change.value) }), ' ',
          h('code', {}, pointer), ' →'),
        h('ul', {}, g.items.map(n => h('li', {}, h('strong', {}, n.title || n.obligation),
          ' (', (n.citations || []).join('; '), ')',
          h('span', { class: 'muted' }, ' · ', kindLabel(n.kind), ' · ', enumLabel(n.bearer || ''))))),
        state.fields.has(pointer) ? h('button', { type: 'button', class: 'no-print try-change',
          onclick: () => { setField(pointer, g.change.value); evaluate(readForm(), { focus: false }); } }, t('tryChange')) : null));
    }
    section.append(list);
    return section;
  }

  /** A reading of the law the answer rests on (or that withholds a duty), with the other reading where contested. */
  function readingBlock(r) {
    if (!r) return null;
    return h('div', { class: 'reading' + (r.contested ? ' contested' : '') },
      h('p', {}, h('span', { class: 'k' }, t('reading'), r.contested ? ' (' + t('contested') + ')' : '', ': '), r.text),
      r.alternative ? h('p', { class: 'alternative' }, h('span', { class: 'k' }, t('alternative'), ': '), r.alternative) : null);
  }

  function renderClassifications(cls) {
    if (!cls.length) return null;
    return h('section', { id: 'classifications', 'aria-labelledby': 'classifications-title' },
      h('h3', { id: 'classifications-title' }, t('classificationsTitle')),
      h('ul', { class: 'classifications' }, cls.map(c => h('li', { class: 'classification', 'data-id': c.id },
        h('div', { class: 'cls-head' }, h('strong', {}, c.title), ' ', h('span', { class: 'badge ' + c.status }, statusLabel(c.status))),
        (c.because && c.because.length) ? h('p', { class: 'because' }, h('span', { class: 'k' }, t('because'), ': '), c.because.map(b => state.classTitles[b] || b).join('; ')) : null,
        (c.missing && c.missing.length) ? h('p', { class: 'missing' }, h('span', { class: 'k' }, t('missing'), ': '), c.missing.map(p => [fieldRef(p), ' '])) : null,
        readingBlock(c.reading),
        (c.citations && c.citations.length) ? h('details', { class: 'cls-citations' }, h('summary', {}, t('citations'), ' (', String(c.citations.length), ')'),
          h('ol', { class: 'citations' }, c.citations.map(citationItem))) : null))));
  }

  function renderFacts(request) {
    if (!request) return null;
    const rows = [];
    const walk = (pointer, d) => {
      if (d.kind === 'object') { for (const c of d.children) walk(c, state.fields.get(c)); return; }
      const v = valueAt(request, pointer);
      let shown;
      let muted = false;
      if (v === undefined || v === null) {
        if (d.kind === 'enumArray' && !d.unknowable) shown = t('factNone');
        else if (pointer === '/asOf') shown = t('factToday');
        else shown = t('factUnknown');
        muted = true;
      } else shown = describeValue(v);
      rows.push(h('div', { class: 'fact' + (muted ? ' unknown' : '') }, h('dt', {}, fieldLabel(pointer)), h('dd', {}, shown)));
    };
    for (const key of Object.keys(state.schema.properties || {})) walk('/' + key, state.fields.get('/' + key));
    return h('section', { id: 'facts', 'aria-labelledby': 'facts-title' },
      h('h3', { id: 'facts-title' }, t('factsTitle')),
      h('dl', { class: 'facts' }, rows));
  }

  // ---------------------------------------------------------------- the timeline

  async function showTimeline(reuse) {
    if (!state.schema) return;
    const tlForm = $('#timeline-form');
    clearErrors(tlForm);
    clearErrors($('#service-form'));
    $('#form-errors').hidden = true;
    $('#timeline-error').hidden = true;
    let body;
    if (reuse && state.timelineRequest) body = state.timelineRequest;
    else {
      body = readForm();
      delete body.asOf;
      body.from = $('#tl-from').value;
      body.to = $('#tl-to').value;
    }
    const seq = ++state.tlSeq;
    const btn = $('#timeline-submit');
    btn.disabled = true;
    try {
      const { res, body: data } = await getJson('v1/timelines?' + new URLSearchParams({ lang: state.lang }).toString(), {
        method: 'POST', headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' }, body: JSON.stringify(body)
      });
      if (seq !== state.tlSeq) return;
      if (res.ok && data) {
        state.timeline = data;
        state.timelineRequest = body;
        state.timelines += 1;
        renderTimeline();
        say(t('timelineStatus', { name: data.name, n: (data.periods || []).length }));
      } else if (data && Array.isArray(data.errors) && data.errors.length) {
        const box = $('#timeline-error');
        box.className = 'error-summary';
        box.setAttribute('tabindex', '-1');
        showErrors(data.errors, [tlForm, $('#service-form')], box, 'timelineErrorsTitle');
      } else {
        const box = $('#timeline-error');
        box.className = 'problem';
        box.textContent = problemText(data, res);
        box.hidden = false;
      }
    } catch (e) {
      const box = $('#timeline-error');
      box.className = 'problem';
      box.textContent = t('networkError', { msg: e.message });
      box.hidden = false;
    } finally {
      if (seq === state.tlSeq) btn.disabled = false;
    }
  }

  function renderTimeline() {
    const tl = state.timeline;
    const out = $('#timeline-result');
    if (state.tlBlobUrl) URL.revokeObjectURL(state.tlBlobUrl);
    state.tlBlobUrl = URL.createObjectURL(new Blob([JSON.stringify(tl, null, 2) + '\n'], { type: 'application/json' }));
    const periods = tl.periods || [];
    const titles = {};
    for (const p of periods) for (const o of p.obligations || []) titles[o.id] = o.title;
    const obLine = o => h('li', { 'data-id': o.id }, h('strong', {}, o.title || titles[o.id] || o.id),
      o.status && o.status !== 'applies' ? [' ', h('span', { class: 'badge ' + o.status }, statusLabel(o.status))] : null,
      (o.citations && o.citations.length) ? h('span', { class: 'muted' }, ' (' + o.citations.map(c => typeof c === 'string' ? c : c.label).join('; ') + ')') : null);
    const citeLine = g => h('li', {}, h('strong', {}, titles[g.obligation] || g.obligation), ': ',
      (g.citations || []).map(c => typeof c === 'string' ? c : c.label).join('; '));
    const list = h('ol', { class: 'periods' });
    periods.forEach((p, i) => {
      const changes = [];
      const part = (key, items, fn) => { if (items && items.length) changes.push(h('div', { class: 'change ' + key }, h('h5', {}, t(key), ' (', String(items.length), ')'), h('ul', {}, items.map(fn)))); };
      part('added', p.added, obLine);
      part('removed', p.removed, obLine);
      part('citationsGained', p.citationsGained, citeLine);
      part('citationsLost', p.citationsLost, citeLine);
      list.append(h('li', { class: 'period', 'data-from': p.from, 'data-to': p.to },
        h('h4', {}, h('time', { datetime: p.from }, p.from), ' – ', h('time', { datetime: p.to }, p.to),
          h('span', { class: 'n' }, t('periodCount', { n: (p.obligations || []).length }))),
        i === 0 && !changes.length ? h('p', { class: 'muted' }, t('firstPeriod')) : null,
        changes.length ? changes : (i > 0 ? h('p', { class: 'muted' }, t('noChange')) : null),
        (p.obligations && p.obligations.length) ? h('details', { class: 'period-all' },
          h('summary', {}, t('allInForce', { n: p.obligations.length })), h('ul', {}, p.obligations.map(obLine))) : null));
    });
    out.replaceChildren(
      h('div', { class: 'timeline-head' },
        h('h3', { id: 'timeline-result-title', tabindex: '-1' }, t('timelineFor', { name: tl.name, from: tl.from, to: tl.to })),
        h('a', { id: 'download-timeline', class: 'button no-print', href: state.tlBlobUrl,
          download: 'synthlex-timeline-' + slug(tl.name) + '-' + tl.from + '-' + tl.to + (zh() ? '-zh' : '') + '.json' }, t('downloadTimeline'))),
      list);
    out.setAttribute('data-timelines', String(state.timelines));
  }

  // ---------------------------------------------------------------- examples, language, start-up

  function renderExamples() {
    const ul = $('#examples');
    ul.replaceChildren();
    const seen = {};
    for (const ex of state.examples) seen[ex.name] = (seen[ex.name] || 0) + 1;
    for (const ex of state.examples) {
      ul.append(h('li', {}, h('button', { type: 'button', class: 'example', id: 'example-' + ex.id, 'data-example': ex.id,
        'data-dup': seen[ex.name] > 1 ? 'true' : null,
        onclick: () => loadExample(ex) }, h('span', { class: 'ex-name' }, ex.name), h('span', { class: 'ex-id' }, ex.id))));
    }
  }

  function loadExample(ex) {
    clearErrors($('#service-form'));
    $('#form-errors').hidden = true;
    writeForm(ex.service);
    say(t('exampleLoaded', { name: ex.name }));
  }

  function applyStaticI18n() {
    document.documentElement.lang = zh() ? 'zh-CN' : 'en';
    for (const el of $$('[data-i18n]')) el.textContent = t(el.getAttribute('data-i18n'));
    if (!state.answer) document.title = t('pageTitle');
    $('#lang').value = state.lang;
  }

  function setLang(lang) {
    if (lang !== 'en' && lang !== 'zh') lang = 'en';
    state.lang = lang;
    try { window.localStorage.setItem('synthlex.lang', lang); } catch (e) { /* private mode */ }
    const url = new URL(window.location.href);
    if (url.searchParams.has('lang')) { url.searchParams.set('lang', lang); window.history.replaceState(null, '', url); }
    applyStaticI18n();
    if (state.schema) {
      const values = readForm();
      buildForm();
      writeForm(values);
      $('#form-errors').hidden = true;
    }
    if (state.answer) evaluate(state.request, { scroll: false });
    if (state.timeline) showTimeline(true);
  }

  function isoToday(offsetYears) {
    const d = new Date();
    d.setFullYear(d.getFullYear() + (offsetYears || 0));
    const pad = n => String(n).padStart(2, '0');
    return d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate());
  }

  // Details stay as the reader left them on screen, but a printed report shows everything.
  let reopened = [];
  window.addEventListener('beforeprint', () => {
    reopened = $$('#report details:not([open]), #timeline details:not([open])');
    for (const d of reopened) d.open = true;
  });
  window.addEventListener('afterprint', () => { for (const d of reopened) d.open = false; reopened = []; });

  async function start() {
    // ?lang=zh or ?lang=en in the address wins, then the reader's last choice, then the browser's language
    let lang = new URLSearchParams(window.location.search).get('lang');
    if (!lang) {
      try { lang = window.localStorage.getItem('synthlex.lang'); } catch (e) { lang = null; }
    }
    if (!lang) lang = (navigator.language || '').toLowerCase().startsWith('zh') ? 'zh' : 'en';
    state.lang = lang === 'zh' ? 'zh' : 'en';
    applyStaticI18n();
    $('#lang').addEventListener('change', e => setLang(e.target.value));
    $('#tl-from').value = '2022-01-01';
    $('#tl-to').value = isoToday(1);

    const form = $('#service-form');
    form.addEventListener('submit', e => { e.preventDefault(); evaluate(); });
    form.addEventListener('input', updatePreview);
    form.addEventListener('change', updatePreview);
    $('#clear-form').addEventListener('click', () => { writeForm({}); clearErrors(form); $('#form-errors').hidden = true; say(t('formCleared')); });
    $('#timeline-form').addEventListener('submit', e => { e.preventDefault(); showTimeline(false); });
    // toggling "explain" explains the answer on screen at once
    $('#explain').addEventListener('change', () => { if (state.answer) evaluate(state.request, { scroll: false }); });

    const [schema, examples, instruments] = await Promise.all([
      getJson('v1/schema/service-description').catch(e => ({ error: e })),
      getJson('v1/examples').catch(e => ({ error: e })),
      getJson('v1/instruments').catch(e => ({ error: e }))
    ]);
    if (instruments.body && Array.isArray(instruments.body.instruments)) {
      for (const ins of instruments.body.instruments) state.instruments[ins.id] = ins;
    }
    if (!schema.body || !schema.res.ok) {
      $('#form-fields').replaceChildren(h('p', { class: 'problem', role: 'alert' },
        t('schemaFailed', { msg: schema.error ? schema.error.message : schema.res.status })));
      return;
    }
    state.schema = schema.body;
    buildForm();
    writeForm({});
    if (examples.body && Array.isArray(examples.body.examples)) {
      state.examples = examples.body.examples;
      renderExamples();
    } else {
      $('#examples').replaceChildren(h('li', { class: 'muted' }, t('examplesFailed')));
    }
    document.body.setAttribute('data-ready', 'true');
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
