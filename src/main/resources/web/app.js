/* synthlex web page: plain JavaScript, no framework, nothing loaded from elsewhere.
 * The form is built from GET /v1/schema/service-description; answers come from
 * POST /v1/evaluations and POST /v1/timelines (see API.md). */
'use strict';
(function () {

  // ---------------------------------------------------------------- the page's own words

  const I18N = {
    en: {
      navEvaluate: 'Evaluate a service',
      navServices: 'Services',
      saveToRegister: 'Save to register',
      saving: 'Saving…',
      savedNew: 'Saved “{name}” to the register as {id}.',
      savedVersion: 'Saved “{name}” ({id}), version {version}.',
      saveConflict: 'Changed elsewhere — reload: “{id}” was changed since you last read it. Open it under Services, then save again.',
      saveNoName: 'Give the service a name first: its id in the register comes from the name.',
      servicesTitle: 'Services in the register',
      refresh: 'Refresh',
      servicesEmpty: 'No services stored yet. Describe one and press “Save to register”.',
      registerOff: 'This server runs without a register.',
      writesMode: v => v.mode === 'read-only' ? 'The register is read-only on this server.' : (v.mode === 'token' ? 'Changes need an API token.' : 'Changes are recorded as local.'),
      colService: 'Service', colApplies: 'Apply', colUndetermined: 'Undetermined', colUpcoming: 'Upcoming',
      colDone: 'Done', colReview: 'To review', colOverdue: 'Overdue', colNextDue: 'Next due',
      noDue: '—',
      planFor: 'Plan for {name}',
      planVersion: 'version {version}, evaluated {at}',
      stateLabel: 'State',
      'state.todo': 'To do', 'state.in-progress': 'In progress', 'state.done': 'Done', 'state.not-applicable': 'Not applicable',
      reasonPrompt: 'Why does this obligation not apply?',
      stateSaved: 'Saved: {state}.',
      stateFailed: 'Not saved: {msg}',
      dueOn: 'due {date}',
      overdueMark: 'overdue',
      reviewMark: 'to review',
      retiredTitle: 'States kept for obligations the answer no longer has',
      feedTitle: 'What changed (latest 50)',
      feedEmpty: 'No changes recorded yet.',
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
      explainLabel: 'Explain adds each obligation’s trace: the rules, classifications and facts it matched.',
      evaluate: 'Evaluate',
      evaluating: 'Evaluating…',
      clearForm: 'Clear the form',
      requestPreview: 'The JSON this form sends',
      resultsTitle: 'The answer',
      resultsEmpty: 'Load an example or describe a service, then press “Evaluate”.',
      staleBanner: 'The form changed since this answer — evaluate again',
      evaluateAgain: 'Evaluate again',
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
      asOfLine: 'Law as of {asOf}',
      ruleBaseLine: 'rule base',
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
      obligationsTitle: 'The plan',
      groupBy: 'Arrange by',
      byKind: 'kind of duty',
      byInstrument: 'instrument',
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
      englishParaphrase: 'English paraphrase',
      upcomingCitations: 'Further bases, not yet in force',
      trace: 'Trace: the rules, classifications and facts matched',
      traceClassifications: 'classifications',
      traceFacts: 'facts',
      upcomingTitle: v => `Not yet in force (${v.n})`,
      upcomingHint: 'Law that comes into force after {asOf}: these obligations will apply from the date shown.',
      upcomingNone: 'Nothing cited comes into force after {asOf}.',
      upcomingFrom: 'From {date}',
      nearMissesTitle: 'What would change the answer',
      nearMissesCount: v => v.n === 1 ? '1 change to consider' : `${v.n} changes to consider`,
      nearMissesHint: 'Each change turns one known fact the other way and lists the obligations it would add. They are not obligations now.',
      nearMissesNone: 'Nothing: changing any one known fact would add no obligation.',
      nearMissesLoading: 'Looking for changes that would matter…',
      nearMissesFailed: 'The changes to consider could not be loaded: {msg}',
      nearMissAdds: v => v.n === 1 ? 'would add 1 obligation' : `would add ${v.n} obligations`,
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
      notInForm: 'This fact is not in the form.',

      // the headline: one sentence of counts, from the plan's groups
      headline: v => `${v.name}: ${v.parts}`,
      headlineSep: ', ',
      'hl.before-launch': v => v.n === 1 ? '1 thing before launch' : `${v.n} things before launch`,
      'hl.at-launch': v => `${v.n} at launch`,
      'hl.within': v => v.n === 1 ? '1 with a deadline' : `${v.n} with deadlines`,
      'hl.periodic': v => `${v.n} recurring`,
      'hl.on-event': v => v.n === 1 ? '1 triggered by an event' : `${v.n} triggered by events`,
      'hl.ongoing': v => v.n === 1 ? '1 standing duty' : `${v.n} standing duties`,
      hlUndetermined: v => `${v.n} still undetermined`,
      hlNone: 'no obligation applies for certain',
      launchLine: 'launch {date}',
      tocLabel: 'On this page',
      tocPlan: 'The plan',
      tocUndetermined: 'Undetermined',
      tocUpcoming: 'Not yet in force',
      tocQuestions: 'Questions',
      tocClassifications: 'Classifications',
      tocNearMisses: 'Changes to consider',
      startWith: 'Start with',
      planHint: 'Every obligation that applies, by when it must be met. Open a group to see its duties; a duty’s citations open on demand.',
      byTiming: 'when it is due',
      bearerFilter: 'Bearer',
      allBearers: v => `all (${v.n})`,
      bearerOption: v => `${v.label} (${v.n})`,
      'group.before-launch': 'Before launch',
      'group.at-launch': 'At launch',
      'group.within': 'Within a deadline',
      'group.periodic': 'Periodically',
      'group.on-event': 'When something happens',
      'group.ongoing': 'Standing duties',
      'groupHint.before-launch': 'Done before the service, or the function concerned, goes live.',
      'groupHint.at-launch': 'In place from the first day the service is offered.',
      'groupHint.within': 'Within a period the law fixes, counted from an event.',
      'groupHint.periodic': 'Again and again: at the interval the law gives, or “regularly”.',
      'groupHint.on-event': 'When the event named happens: a request, a complaint, an incident, a finding.',
      'groupHint.ongoing': 'Standing duties and prohibitions, for which the law gives no time.',
      undeterminedTitle: 'Undetermined: depends on facts left unknown',
      undeterminedHint: 'These apply or not depending on the answers to the questions above.',
      due: 'Due {date}',
      withinOf: 'Within {period} of {from}',
      regularly: 'Regularly',
      standingDuty: 'Standing duty',
      timingBasis: 'timing: {basis}',
      alsoWhen: 'Also',
      citationsN: v => `Citations (${v.n})`,
      staleStatus: 'The form changed since the answer below; evaluate again to update it.',
      downloadPack: 'Download the compliance pack',
      packPreparing: 'Preparing the compliance pack…',
      packSaved: 'Saved {file}.',
      packFailed: 'The compliance pack could not be made: {msg}',
      'verification.reconstructed-paragraph': 'paragraph break reconstructed',
      'verification.summary': 'summary only, not the verbatim text'
    },
    zh: {
      navEvaluate: '评估服务',
      navServices: '服务登记',
      saveToRegister: '保存到登记册',
      saving: '正在保存…',
      savedNew: '已将“{name}”保存到登记册，标识为 {id}。',
      savedVersion: '已保存“{name}”（{id}），第 {version} 版。',
      saveConflict: '已在别处修改，请重新加载：“{id}”在您上次读取后被修改。请在“服务登记”中打开后再保存。',
      saveNoName: '请先填写服务名称：登记册中的标识由名称生成。',
      servicesTitle: '登记册中的服务',
      refresh: '刷新',
      servicesEmpty: '登记册中尚无服务。描述一项服务后点击“保存到登记册”。',
      registerOff: '本服务器未启用登记册。',
      writesMode: v => v.mode === 'read-only' ? '本服务器上的登记册为只读。' : (v.mode === 'token' ? '修改需要 API 令牌。' : '修改记录为本地操作。'),
      colService: '服务', colApplies: '适用', colUndetermined: '待确定', colUpcoming: '即将施行',
      colDone: '已完成', colReview: '待复核', colOverdue: '已逾期', colNextDue: '最近期限',
      noDue: '—',
      planFor: '{name} 的合规计划',
      planVersion: '第 {version} 版，评估于 {at}',
      stateLabel: '状态',
      'state.todo': '待办', 'state.in-progress': '进行中', 'state.done': '已完成', 'state.not-applicable': '不适用',
      reasonPrompt: '该义务为何不适用？',
      stateSaved: '已保存：{state}。',
      stateFailed: '未保存：{msg}',
      dueOn: '期限 {date}',
      overdueMark: '已逾期',
      reviewMark: '待复核',
      retiredTitle: '答案中已不再包含的义务的状态记录',
      feedTitle: '变更记录（最近 50 条）',
      feedEmpty: '尚无变更记录。',
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
      explainLabel: '“解释”会显示每项义务的推理过程：匹配的规则、定性和事实。',
      evaluate: '评估',
      evaluating: '正在评估…',
      clearForm: '清空表单',
      requestPreview: '本表单发送的 JSON',
      resultsTitle: '结果',
      resultsEmpty: '加载示例或描述一项服务，然后点击“评估”。',
      staleBanner: '表单在此结果之后已更改——请重新评估',
      evaluateAgain: '重新评估',
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
      asOfLine: '适用 {asOf} 的法律',
      ruleBaseLine: '规则库',
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
      obligationsTitle: '合规计划',
      groupBy: '排列方式',
      byKind: '义务类型',
      byInstrument: '法律文件',
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
      englishParaphrase: '英文释义',
      upcomingCitations: '尚未施行的其他依据',
      trace: '推理过程：匹配的规则、分类和事实',
      traceClassifications: '分类',
      traceFacts: '事实',
      upcomingTitle: v => `尚未施行（${v.n}）`,
      upcomingHint: '在 {asOf} 之后施行的法律：这些义务自所示日期起适用。',
      upcomingNone: '所引法律中没有在 {asOf} 之后施行的。',
      upcomingFrom: '自 {date} 起',
      nearMissesTitle: '什么会改变结果',
      nearMissesCount: v => `${v.n} 项可考虑的变化`,
      nearMissesHint: '每一项变化是把一项已知事实改为相反的情形，并列出因此会增加的义务。它们目前不是义务。',
      nearMissesNone: '没有：改变任何一项已知事实都不会增加义务。',
      nearMissesLoading: '正在查找会改变结果的事实…',
      nearMissesFailed: '无法加载可考虑的变化：{msg}',
      nearMissAdds: v => `会增加 ${v.n} 项义务`,
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
      notInForm: '表单中没有这一事实。',

      headline: v => `${v.name}：${v.parts}`,
      headlineSep: '，',
      'hl.before-launch': v => `上线前 ${v.n} 项`,
      'hl.at-launch': v => `上线时 ${v.n} 项`,
      'hl.within': v => `限期完成 ${v.n} 项`,
      'hl.periodic': v => `定期 ${v.n} 项`,
      'hl.on-event': v => `事件触发 ${v.n} 项`,
      'hl.ongoing': v => `持续义务 ${v.n} 项`,
      hlUndetermined: v => `另有 ${v.n} 项待定`,
      hlNone: '尚无确定适用的义务',
      launchLine: '上线日期 {date}',
      tocLabel: '本页内容',
      tocPlan: '合规计划',
      tocUndetermined: '待定',
      tocUpcoming: '尚未施行',
      tocQuestions: '待答问题',
      tocClassifications: '法律定性',
      tocNearMisses: '可考虑的变化',
      startWith: '先做这些',
      planHint: '所有适用的义务，按应当履行的时间排列。展开分组查看义务；每项义务的依据可按需展开。',
      byTiming: '履行时间',
      bearerFilter: '义务主体',
      allBearers: v => `全部（${v.n}）`,
      bearerOption: v => `${v.label}（${v.n}）`,
      'group.before-launch': '上线前',
      'group.at-launch': '上线时',
      'group.within': '限期完成',
      'group.periodic': '定期',
      'group.on-event': '发生特定情形时',
      'group.ongoing': '持续义务',
      'groupHint.before-launch': '在服务或者相关功能上线前完成。',
      'groupHint.at-launch': '自提供服务第一天起即须到位。',
      'groupHint.within': '在法律规定的期限内完成，自相应事件发生之日起计算。',
      'groupHint.periodic': '反复进行：按法律规定的周期，或者“定期”。',
      'groupHint.on-event': '在所列情形发生时履行：收到请求、投诉举报，发生安全事件，发现违法信息等。',
      'groupHint.ongoing': '法律未规定时间的持续性义务和禁止性规定。',
      undeterminedTitle: '待定：取决于留为未知的事实',
      undeterminedHint: '这些义务是否适用，取决于上面问题的回答。',
      due: '截止日期 {date}',
      withinOf: '自{from}起 {period}内',
      regularly: '定期',
      standingDuty: '持续履行',
      timingBasis: '期限依据：{basis}',
      alsoWhen: '另',
      citationsN: v => `依据（${v.n}）`,
      staleStatus: '下面的结果之后表单已更改；请重新评估以更新结果。',
      downloadPack: '下载合规资料包',
      packPreparing: '正在生成合规资料包…',
      packSaved: '已保存 {file}。',
      packFailed: '无法生成合规资料包：{msg}',
      'verification.reconstructed-paragraph': '分款为整理重构',
      'verification.summary': '仅为摘要，非原文'
    }
  };

  // Labels for the fields of API v1; the English meaning always comes from the schema itself.
  // [English label, Chinese label, Chinese meaning]
  const FIELDS = {
    '/name': ['Name', '名称', '服务的名称。'],
    '/asOf': ['Judge as of', '适用日期', '按哪一天的法律判断（年-月-日）；默认为上海时间今天。'],
    '/launchDate': ['Launch date', '上线日期', '服务上线（或者将要上线）的日期（年-月-日）：各项期限的截止日期据此按官方工作日历计算。'],
    '/roles': ['Roles', '角色', '该服务所扮演的角色。'],
    '/audience': ['Audience', '服务对象', '服务面向谁。'],
    '/audience/publicInMainlandChina': ['Public in mainland China', '向境内公众提供', '向中华人民共和国境内公众提供服务（《生成式人工智能服务管理暂行办法》第二条）。'],
    '/audience/minors': ['Minors', '未成年人可以使用', '未成年人可以使用（《算法推荐管理规定》第十八条，《生成式人工智能服务管理暂行办法》第十条）。'],
    '/audience/elderly': ['Elderly users', '面向老年人', '向老年人提供服务（《算法推荐管理规定》第十九条）。'],
    '/audience/inMainlandChina': ['In mainland China', '在境内提供', '向中华人民共和国境内的任何人提供服务，无论是否面向公众（《深度合成管理规定》第二条，《算法推荐管理规定》第二条，《标识办法》第二条，《个人信息保护法》第三条）；“否”则不适用中国的人工智能规定。'],
    '/audience/internalOnly': ['Internal only', '仅供内部使用', '仅通过内部网络向运营者自己的员工提供，不向互联网用户提供：一种有争议的解释认为此类工具不属于互联网信息服务（《深度合成管理规定》、《算法推荐管理规定》、《标识办法》第二条）。'],
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
    '/editingChangesIdentity': ['Editing changes identity', '编辑显著改变身份特征', '对人脸、人声或者人体的编辑显著改变个人身份特征（《深度合成管理规定》第十七条第一款第（二）项至第（三）项）；“否”即美颜、属性编辑（第十七条第二款）。'],
    '/generativeEditing': ['Generative editing', '生成式编辑', '编辑使用生成新内容的模型（如图像补全、风格迁移、声音转换）：《生成式人工智能服务管理暂行办法》第二十二条对编辑功能的判断标准。'],
    '/newFunction': ['New function', '上线新功能', '正在上线新产品、新应用、新功能（《深度合成管理规定》第二十条）。'],
    '/contentExport': ['Content export', '用户可导出内容', '用户可以下载、复制、导出生成合成内容（《人工智能生成合成内容标识办法》第四条第二款）。'],
    '/unlabelledOnRequest': ['Unlabelled on request', '应要求提供无显式标识内容', '应用户要求提供没有显式标识的生成合成内容（《人工智能生成合成内容标识办法》第九条）。'],
    '/training': ['Training', '模型训练', '模型训练。'],
    '/training/trainsModels': ['Trains models', '训练模型', '训练或者微调模型。'],
    '/training/personalInformation': ['Personal information in training data', '训练数据含个人信息', '训练数据包含个人信息。'],
    '/training/annotation': ['Manual annotation', '人工标注数据', '人工标注数据（《生成式人工智能服务管理暂行办法》第八条）。'],
    '/training/crawlsWebData': ['Crawls web data', '使用爬虫采集数据', '使用网络爬虫等自动化工具采集训练数据或者其他数据（《网络数据安全管理条例》第十八条）。'],
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
    '/personalInformation/crossBorder': ['Provided abroad this year', '本年度向境外提供', '自本年1月1日起向境外提供个人信息的情况（《促进和规范数据跨境流动规定》第五条至第八条）。'],
    '/personalInformation/crossBorder/individualsThisYear': ['Individuals, this year', '本年度出境人数', '自本年1月1日起向境外提供其非敏感个人信息的个人数量。'],
    '/personalInformation/crossBorder/sensitiveIndividualsThisYear': ['Individuals, sensitive, this year', '本年度敏感个人信息出境人数', '自本年1月1日起向境外提供其敏感个人信息的个人数量。'],
    '/personalInformation/crossBorder/importantData': ['Important data', '包含重要数据', '出境数据包含重要数据。'],
    '/personalInformation/crossBorder/exemption': ['Exemption', '免予申报情形', '覆盖全部出境活动的免予申报情形（《促进和规范数据跨境流动规定》第五条、第六条），或者没有。'],
    '/personalInformation/processedInMainlandChina': ['Processed in mainland China', '在境内处理', '在中华人民共和国境内处理（收集、存储、使用）个人信息（《个人信息保护法》第三条第一款）。'],
    '/personalInformation/pushOrMarketing': ['Push or marketing', '自动化推送、营销', '通过自动化决策方式向个人进行信息推送、商业营销（《个人信息保护法》第二十四条第二款）。'],
    '/users': ['Users', '用户规模', '服务的用户数量。'],
    '/users/registered': ['Registered users', '注册用户数', '注册用户数量（《人工智能拟人化互动服务管理暂行办法》第二十二条，《网络数据安全管理条例》第六十二条大型网络平台）。'],
    '/users/monthlyActive': ['Monthly active users', '月活跃用户数', '月活跃用户数量（同上）。'],
    '/companion': ['Companion features', '陪伴功能', '拟人化互动功能（《人工智能拟人化互动服务管理暂行办法》）。'],
    '/companion/virtualIntimateRoles': ['Virtual intimate roles', '虚拟亲密关系角色', '提供虚拟伴侣、虚拟亲属等亲密关系角色（《人工智能拟人化互动服务管理暂行办法》第十四条）。'],
    '/faceRecognition': ['Face recognition', '人脸识别', '人脸识别技术应用（《人脸识别技术应用安全管理办法》）。'],
    '/faceRecognition/used': ['Face recognition used', '使用人脸识别', '通过人脸识别或者验证个人身份（《人脸识别技术应用安全管理办法》第二条）。'],
    '/faceRecognition/individualsStored': ['Faces stored', '存储人脸信息人数', '存储其人脸信息的个人数量（达到10万人应当备案）。'],
    '/faceRecognition/onlyMethod': ['Only method', '唯一验证方式', '人脸识别是所提供的唯一验证或者辨识方式。'],
    '/faceRecognition/publicPlaces': ['Public-place equipment', '公共场所设备', '在公共场所安装图像采集、个人身份识别设备。'],
    '/criticalInformationInfrastructure': ['Critical information infrastructure', '关键信息基础设施运营者', '运营者被认定为关键信息基础设施运营者（《网络安全法》，《个人信息保护法》第四十条，《促进和规范数据跨境流动规定》第七条）。'],
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
    'speech-recognition': '语音识别', 'digital-human': '数字人', 'code-generation': '代码生成', 'summarization': '摘要',
    'translation': '翻译', 'none': '没有',
    'contract-with-individual': '订立、履行个人作为一方当事人的合同所必需', 'hr-management': '跨境人力资源管理所必需',
    'emergency': '紧急情况下保护自然人的生命健康和财产安全所必需', 'free-trade-zone-list': '自由贸易试验区负面清单以外',
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

  // When a duty must be met (the answer's timing.when), in the order a plan takes them.
  const WHEN_ORDER = ['before-launch', 'at-launch', 'within', 'periodic', 'on-event', 'ongoing'];
  // What a team does first is open; the long lists of event-driven and standing duties start closed.
  const OPEN_AT_FIRST = new Set(['before-launch', 'at-launch', 'within', 'periodic']);
  // What starts a clock (timing.from): [after "within N days of", 之日 for 自…起, on-event in English, on-event in Chinese]
  const TRIGGERS = {
    'launch': ['launch', '上线之日', 'At launch', '上线时'],
    'change': ['a change', '变更之日', 'When something filed or notified changes', '发生变更时'],
    'service-end': ['the service ending', '终止服务之日', 'When the service ends', '终止服务时'],
    'threshold-reached': ['reaching the threshold', '达到规定数量之日', 'On reaching the threshold', '达到规定数量时'],
    'request': ['a request', '收到请求之日', 'On a request', '收到请求时'],
    'complaint': ['a complaint', '收到投诉、举报之日', 'On a complaint or report', '收到投诉、举报时'],
    'incident': ['an incident', '发生安全事件之日', 'When an incident happens or may happen', '发生或者可能发生安全事件时'],
    'discovery': ['finding it', '发现之日', 'On finding something to act on', '发现相关情形时'],
    'authority-request': ['an authority’s request', '主管部门提出要求之日', 'When an authority inspects or asks', '主管部门监督检查或者提出要求时'],
    'listing': ['the listing application', '申请上架之日', 'When an app is submitted for listing', '应用上架审核时'],
    'filing-completed': ['completing the filing', '完成备案之日', 'Once the filing is completed', '完成备案后'],
    'restructuring': ['a merger, division, dissolution or bankruptcy', '合并、分立、解散、破产之日', 'On a merger, division, dissolution or bankruptcy', '合并、分立、解散、破产时']
  };
  // ISO 8601 duration parts: [English singular, English plural, Chinese after a number, Chinese after 每, about how many days]
  const UNITS = {
    Y: ['year', 'years', '年', '年', 365], M: ['month', 'months', '个月', '月', 30], W: ['week', 'weeks', '周', '周', 7],
    D: ['day', 'days', '日', '日', 1], H: ['hour', 'hours', '小时', '小时', 1 / 24], TM: ['minute', 'minutes', '分钟', '分钟', 1 / 1440],
    S: ['second', 'seconds', '秒', '秒', 1 / 86400]
  };
  // Arrays where absent means unknown (API.md); also recognised from the schema's own words.
  const UNKNOWABLE_ARRAYS = new Set(['/publicOpinion/channels', '/biometricEditing']);

  // ---------------------------------------------------------------- state and helpers

  const state = {
    lang: 'en', schema: null, examples: [], instruments: {}, fields: new Map(),
    answer: null, request: null, timeline: null, timelineRequest: null,
    group: 'timing', bearer: 'all', seq: 0, tlSeq: 0, evaluations: 0, timelines: 0,
    blobUrl: null, tlBlobUrl: null,
    // the seq of the answer on screen, so that late near misses of an older answer are dropped
    answerSeq: 0,
    // near misses of the answer on screen: null while they load; nearMissError when they failed
    nearMisses: null, nearMissError: null,
    // whether the form differs from the request of the answer on screen
    stale: false,
    // groups the reader opened or closed, by data-group, kept across evaluations
    groupOpen: {},
    // instruments by English short title and by abbreviation, to put citation labels into Chinese
    instrumentsByName: {}
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
  // the colon after a label: full-width in Chinese
  const colon = () => (zh() ? '：' : ': ');
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
    formChanged();
  }
  function onCheck(d) {
    if (d.unknowable) {
      const any = d.checks.some(cb => cb.checked);
      setMode(d, any ? 'some' : (currentMode(d) === 'some' ? 'none' : currentMode(d)));
    }
    formChanged();
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
    formChanged();
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
    formChanged();
    return true;
  }

  /** Every change to the form: the JSON preview follows it, and an answer on screen may now be stale. */
  function formChanged() {
    if (!state.schema) return;
    $('#request-json').textContent = JSON.stringify(readForm(), null, 2);
    updateStale();
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
    const seq = ++state.seq;
    setBusy(true);
    try {
      const { res, body: data } = await postEvaluation(body, explain);
      if (seq !== state.seq) return;
      if (res.ok && data) {
        state.answer = data;
        state.request = body;
        state.explained = explain;
        state.answerSeq = seq;
        // an explained answer carries its near misses; otherwise they come from a second request,
        // so that the plan shows at once and the slower search for near misses does not hold it up
        state.nearMisses = explain ? (data.nearMisses || []) : null;
        state.nearMissError = null;
        state.evaluations += 1;
        renderReport();
        showStale(false);
        say(evaluatedMessage());
        if (!explain) loadNearMisses(body, seq);
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

  function postEvaluation(body, explain) {
    const params = new URLSearchParams({ lang: state.lang });
    if (explain) params.set('explain', 'true');
    return getJson('v1/evaluations?' + params.toString(), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
      body: JSON.stringify(body)
    });
  }

  /** The near misses of the answer evaluated as request number seq, asked for separately. */
  async function loadNearMisses(body, seq) {
    let found = null;
    let error = null;
    try {
      const { res, body: data } = await postEvaluation(body, true);
      if (res.ok && data) found = data.nearMisses || [];
      else error = problemText(data, res);
    } catch (e) {
      error = e.message;
    }
    if (seq !== state.answerSeq) return; // another answer is on screen by now
    state.nearMisses = found;
    state.nearMissError = error;
    $('#near-misses').replaceWith(renderNearMisses());
    updateToc();
  }

  function evaluatedMessage() {
    const counts = countsOf(state.answer);
    return t('evaluatedStatus', { name: state.answer.name, applies: counts.applies, und: counts.und, up: counts.up });
  }

  function setBusy(busy) {
    for (const b of [$('#evaluate'), $('#evaluate-bottom')]) {
      b.disabled = busy;
      b.textContent = busy ? t('evaluating') : t('evaluate');
    }
    $('#evaluate-again').disabled = busy;
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

  // ---------------------------------------------------------------- a stale answer

  /** Marks the answer on screen stale when the form no longer describes what was evaluated. */
  function updateStale() {
    if (!state.answer || !state.request) return;
    const stale = JSON.stringify(readForm()) !== JSON.stringify(state.request);
    if (stale === state.stale) return;
    showStale(stale);
    // the status line must not go on claiming an answer the form no longer matches
    say(stale ? t('staleStatus') : evaluatedMessage());
  }

  function showStale(stale) {
    state.stale = stale;
    $('#stale-banner').hidden = !stale;
    $('#report').classList.toggle('stale', stale);
  }

  // ---------------------------------------------------------------- words for timing, citations and facts

  /** An ISO 8601 duration ("P10D", "P2Y", "PT24H") as [[count, unit key], …]; null when it is not one. */
  function durationParts(iso) {
    const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(iso || '');
    if (!m) return null;
    const parts = ['Y', 'M', 'W', 'D', 'H', 'TM', 'S'].map((u, i) => [Number(m[i + 1] || 0), u]).filter(p => p[0] > 0);
    return parts.length ? parts : null;
  }

  /** "P10D" with working days -> "10 working days" / "10 个工作日"; "PT24H" -> "24 hours" / "24 小时". */
  function periodPhrase(iso, workingDays) {
    const parts = durationParts(iso);
    if (!parts) return iso || '';
    return parts.map(([n, u]) => zh()
      ? n + ' ' + (u === 'D' && workingDays ? '个工作日' : UNITS[u][2])
      : n + ' ' + (u === 'D' && workingDays ? 'working ' : '') + (n === 1 ? UNITS[u][0] : UNITS[u][1])).join(' ');
  }

  /** "P2Y" -> "Every 2 years" / "每 2 年"; "P1Y" -> "Every year" / "每年". */
  function everyPhrase(iso) {
    const parts = durationParts(iso);
    if (!parts) return t('regularly');
    if (parts.length === 1 && parts[0][0] === 1) return zh() ? '每' + UNITS[parts[0][1]][3] : 'Every ' + UNITS[parts[0][1]][0];
    return zh() ? '每 ' + periodPhrase(iso, false) : 'Every ' + periodPhrase(iso, false);
  }

  /** About how many days a duration lasts, to put the shortest deadline first. */
  function approxDays(iso) {
    const parts = durationParts(iso);
    return parts ? parts.reduce((sum, [n, u]) => sum + n * UNITS[u][4], 0) : Infinity;
  }

  /** When a duty must be met, in words: "Within 10 working days of launch", "On a request", … */
  function whenPhrase(timing) {
    if (!timing) return '';
    const trigger = TRIGGERS[timing.from];
    switch (timing.when) {
      case 'before-launch': case 'at-launch':
        return t('group.' + timing.when);
      case 'within':
        return t('withinOf', { period: periodPhrase(timing.period, timing.workingDays),
          from: trigger ? trigger[zh() ? 1 : 0] : (timing.from || '') });
      case 'periodic':
        return timing.every ? everyPhrase(timing.every) : t('regularly');
      case 'on-event':
        return trigger ? trigger[zh() ? 3 : 2] : t('group.on-event');
      case 'ongoing':
        return t('standingDuty');
      default:
        return timing.when;
    }
  }

  // Chinese numerals for article, paragraph and item numbers (1–999), as in 第二十四条.
  function chineseNumber(n) {
    const digits = '零一二三四五六七八九';
    if (n < 10) return digits[n];
    if (n < 20) return '十' + (n % 10 ? digits[n % 10] : '');
    if (n < 100) return digits[Math.floor(n / 10)] + '十' + (n % 10 ? digits[n % 10] : '');
    const rest = n % 100;
    return digits[Math.floor(n / 100)] + '百' + (rest === 0 ? '' : rest < 10 ? '零' + digits[rest] : rest < 20 ? '一' + chineseNumber(rest) : chineseNumber(rest));
  }

  /**
   * A citation label as the answer gives it ("Algorithm Recommendation Provisions Art. 24(1)",
   * "ARP Art. 18(1)") in the reader's language: in Chinese 《互联网信息服务算法推荐管理规定》第二十四条第一款.
   * A label it cannot read (a standard's clause) stays as it is.
   */
  function citeLabel(label) {
    if (!zh() || !label) return label;
    const m = /^(.+?) Arts?\. (\d+)(?:\((\d+)\))?(?:\((\d+)\))?$/.exec(label);
    const title = m && state.instrumentsByName[m[1]];
    if (!title) return label;
    return '《' + title + '》第' + chineseNumber(Number(m[2])) + '条'
      + (m[3] ? '第' + chineseNumber(Number(m[3])) + '款' : '')
      + (m[4] ? '第（' + chineseNumber(Number(m[4])) + '）项' : '');
  }

  /** A citation object's short name: its label, or in Chinese the instrument's title and the pinpoint. */
  function citationName(c) {
    const ins = state.instruments[c.instrument];
    if (zh() && ins && ins.title && ins.title.zh && c.pinpoint) return '《' + ins.title.zh + '》' + c.pinpoint;
    return c.label;
  }

  /**
   * One fact behind a classification, as the answer states it for machines ("capabilities contains
   * face-swap", "audience.inMainlandChina is true (audience.publicInMainlandChina is true)"), in the
   * form's words and the reader's language. A statement it cannot read is shown as it is.
   */
  function factPhrase(s) {
    const m = /^([A-Za-z.]+) (is|contains|does not list) (.*?)(?: \((.*)\))?$/.exec(s || '');
    const pointer = m ? '/' + m[1].replace(/\./g, '/') : null;
    if (!m || !FIELDS[pointer]) return s;
    const sep = colon();
    const label = fieldLabel(pointer);
    const value = m[3];
    let said;
    if (m[2] === 'contains') said = value.split(', ').map(enumLabel).join(zh() ? '、' : ', ');
    else if (m[2] === 'does not list') said = (zh() ? '不含' : 'not ') + enumLabel(value);
    else if (value === 'true') said = t('yes');
    else if (value === 'false') said = t('no');
    else if (value === 'unknown') said = t('factUnknown');
    else if (value === 'empty') said = t('factNone');
    else if (/^\d+$/.test(value)) said = Number(value).toLocaleString('en-US');
    else said = enumLabel(value);
    const because = m[4] ? (zh() ? '（' + factPhrase(m[4]) + '）' : ' (' + factPhrase(m[4]) + ')') : '';
    return label + sep + said + because;
  }

  /** A reason an obligation or classification gives: a classification's title, or a fact in words. */
  const reasonText = b => state.classTitles[b] || factPhrase(b);

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
    document.title = 'synthlex — ' + a.name + ' — ' + a.asOf;
    // the plan leads; what is undetermined, not yet in force or a mere possibility comes after it
    report.replaceChildren(...[
      renderHead(a),
      renderNext(a),
      (a.questions && a.questions.length) ? renderQuestions(a.questions) : null,
      renderClassifications(a.classifications || []),
      renderObligationsSection(),
      renderNearMisses(),
      renderUpcoming(a),
      renderFacts(state.request)
    ].filter(Boolean));
    updateToc();
    $('#results').setAttribute('data-evaluations', String(state.evaluations));
  }

  /** The answer's head: the headline, the law's date, the table of contents and the downloads. */
  function renderHead(a) {
    if (state.blobUrl) URL.revokeObjectURL(state.blobUrl);
    state.blobUrl = URL.createObjectURL(new Blob([JSON.stringify(a, null, 2) + '\n'], { type: 'application/json' }));
    const fileName = 'synthlex-' + slug(a.name) + '-' + a.asOf + (zh() ? '-zh' : '') + '.json';
    const version = a.ruleBase && a.ruleBase.version ? a.ruleBase.version : '';
    const launch = state.request && state.request.launchDate;
    return h('header', { class: 'report-head' },
      h('h3', { id: 'report-title', class: 'headline', tabindex: '-1' }, headline(a)),
      h('p', { class: 'meta' }, t('asOfLine', { asOf: a.asOf }),
        launch ? [' · ', t('launchLine', { date: launch })] : null, ' · ',
        t('ruleBaseLine'), ' ', h('code', { class: 'version', title: version }, shortVersion(version))),
      h('nav', { id: 'toc', class: 'toc no-print', 'aria-label': t('tocLabel') }),
      h('div', { class: 'actions no-print' },
        h('a', { id: 'download', class: 'button', href: state.blobUrl, download: fileName, type: 'application/json' }, t('download')),
        h('button', { type: 'button', id: 'download-pack', onclick: downloadPack }, t('downloadPack')),
        h('button', { type: 'button', id: 'print', onclick: () => window.print() }, t('print'))),
      h('p', { id: 'pack-status', class: 'pack-status no-print', role: 'status' }));
  }

  /** Obligations that apply, counted by when they are due (all bearers). */
  function appliesByTiming(a) {
    const counts = {};
    for (const w of WHEN_ORDER) counts[w] = 0;
    for (const o of a.obligations || []) if (o.status === 'applies') counts[whenOf(o)] += 1;
    return counts;
  }
  const whenOf = o => (o.timing && WHEN_ORDER.includes(o.timing.when) ? o.timing.when : 'ongoing');

  /**
   * "FaceFun: 6 things before launch, 31 at launch, 2 with deadlines, …". The counts are those of
   * the plan's groups; they equal the summary's byTiming whenever nothing is undetermined (the
   * summary counts undetermined obligations too, which the plan keeps apart).
   */
  function headline(a) {
    const counts = appliesByTiming(a);
    const parts = WHEN_ORDER.filter(w => counts[w] > 0).map(w => t('hl.' + w, { n: counts[w] }));
    if (!parts.length) parts.push(t('hlNone'));
    const und = countsOf(a).und;
    if (und) parts.push(t('hlUndetermined', { n: und }));
    return t('headline', { name: a.name, parts: parts.join(t('headlineSep')) });
  }

  /** The few things to do first (the answer's summary.next), each a link to its card in the plan. */
  function renderNext(a) {
    const next = (a.summary && a.summary.next) || [];
    if (!next.length) return null;
    const byId = new Map((a.obligations || []).map(o => [o.id, o]));
    return h('section', { id: 'next', class: 'next', 'aria-labelledby': 'next-title' },
      h('h3', { id: 'next-title' }, t('startWith')),
      h('ol', {}, next.map(n => {
        const o = byId.get(n.obligation) || {};
        return h('li', { 'data-id': n.obligation },
          h('a', { href: '#obligations', onclick: e => { e.preventDefault(); revealCard(n.obligation); } }, n.title || o.title || n.obligation),
          ' ', h('span', { class: 'when-tag' }, whenPhrase(o.timing || n)),
          o.due ? [' ', h('span', { class: 'due' }, t('due', { date: o.due }))] : null);
      })));
  }

  /** The table of contents: every part of the answer with its count, as links that open it. */
  function updateToc() {
    const nav = $('#toc');
    if (!nav || !state.answer) return;
    const a = state.answer;
    const items = [];
    const add = (target, label, n, cls) => items.push(h('li', { class: cls || null },
      h('a', { href: '#' + target, 'data-target': target, onclick: e => { e.preventDefault(); reveal(document.getElementById(target)); } },
        label, ' ', h('span', { class: 'n' }, n == null ? '…' : String(n)))));
    if ((a.questions || []).length) add('questions', t('tocQuestions'), a.questions.length, 'toc-questions');
    if (state.group === 'timing') {
      const groups = planGroups(plannedObligations());
      for (const w of WHEN_ORDER) if (groups.get(w).length) add('plan-' + w, t('group.' + w), groups.get(w).length, 'toc-' + w);
    } else {
      add('obligations', t('tocPlan'), plannedObligations().length, 'toc-plan');
    }
    const und = undeterminedObligations().length;
    if (und) add('undetermined', t('tocUndetermined'), und, 'toc-undetermined');
    add('near-misses', t('tocNearMisses'), state.nearMisses ? nearMissChanges(state.nearMisses).length : null, 'toc-near-misses');
    if ((a.upcoming || []).length) add('upcoming', t('tocUpcoming'), a.upcoming.length, 'toc-upcoming');
    add('classifications', t('tocClassifications'), (a.classifications || []).length, 'toc-classifications');
    nav.replaceChildren(h('ul', {}, items));
  }

  /** Opens every closed group around el (and el itself when it is one), then takes the reader there. */
  function reveal(el) {
    if (!el) return;
    for (let d = el.closest('details'); d; d = d.parentElement && d.parentElement.closest('details')) d.open = true;
    if (el.matches('details')) el.open = true;
    // a section holding closed groups (the classifications, the dates of upcoming law) opens them too
    else for (const d of el.querySelectorAll(':scope > details')) d.open = true;
    el.scrollIntoView({ block: 'start' });
    // keyboard focus follows: onto the group's summary, or the section's first one, or its focusable heading
    const focusable = el.matches('details') ? el.querySelector(':scope > summary')
      : el.querySelector(':scope > details > summary, h3[tabindex], h4[tabindex]');
    if (focusable) focusable.focus({ preventScroll: true });
  }

  function revealCard(id) {
    const find = () => $('#obligations article.obligation[data-id="' + CSS.escape(id) + '"]');
    if (!find() && state.bearer !== 'all') {
      // the card is filtered out: show every bearer again rather than leave the link dead
      state.bearer = 'all';
      $('#bearer-filter').value = 'all';
      fillGroups($('#obligation-groups'));
    }
    const card = find();
    if (!card) return;
    reveal(card);
    card.setAttribute('tabindex', '-1');
    card.focus({ preventScroll: true });
  }

  function slug(s) {
    return String(s || 'service').toLowerCase().replace(/[^a-z0-9\u4e00-\u9fff]+/g, '-').replace(/^-+|-+$/g, '') || 'service';
  }
  function shortVersion(v) {
    const m = /^(sha256:)?([0-9a-f]{12})/.exec(v || '');
    return m ? (m[1] || '') + m[2] + '…' : v;
  }

  // ---------------------------------------------------------------- the compliance pack

  /** POSTs the evaluated description to /v1/packs and saves the zip under the name the server gives. */
  async function downloadPack() {
    if (!state.request) return;
    const btn = $('#download-pack');
    const out = $('#pack-status');
    btn.disabled = true;
    out.textContent = t('packPreparing');
    try {
      const res = await fetch('v1/packs?' + new URLSearchParams({ lang: state.lang }).toString(), {
        method: 'POST', headers: { 'Content-Type': 'application/json', 'Accept': 'application/zip' },
        body: JSON.stringify(state.request)
      });
      if (!res.ok) {
        let body = null;
        try { body = await res.json(); } catch (e) { body = null; }
        out.textContent = t('packFailed', { msg: problemText(body, res) });
        return;
      }
      const file = attachmentName(res.headers.get('Content-Disposition')) || 'synthlex-' + slug(state.answer.name) + '-compliance-pack.zip';
      saveBlob(await res.blob(), file);
      out.textContent = t('packSaved', { file });
    } catch (e) {
      out.textContent = t('packFailed', { msg: e.message });
    } finally {
      btn.disabled = false;
    }
  }

  /** The file name in a Content-Disposition header: filename*=UTF-8''… wins over filename="…". */
  function attachmentName(header) {
    if (!header) return null;
    const star = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header);
    if (star) { try { return decodeURIComponent(star[1].trim()); } catch (e) { /* fall through */ } }
    const plain = /filename\s*=\s*"([^"]*)"|filename\s*=\s*([^;]+)/i.exec(header);
    return plain ? (plain[1] || plain[2]).trim() : null;
  }

  function saveBlob(blob, file) {
    const url = URL.createObjectURL(blob);
    const link = h('a', { href: url, download: file, hidden: true });
    document.body.append(link);
    link.click();
    link.remove();
    // the browser reads the blob after the click returns; let it go a while later
    window.setTimeout(() => URL.revokeObjectURL(url), 60000);
  }

  // ---------------------------------------------------------------- questions

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
      h('p', { class: 'q-meta' }, t('field'), colon(), fieldRef(q.pointer), ' · ',
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
        h('fieldset', { class: 'q-options' }, h('legend', { class: 'visually-hidden' }, t('answerLegend') + colon() + fieldLabel(pointer)),
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
      box.append(h('label', { for: id, class: 'visually-hidden' }, t('answerLegend') + colon() + fieldLabel(pointer)), input,
        h('button', { type: 'button', class: 'answer-submit', onclick: () => { if (read() !== undefined) answer(read()); else input.focus(); } }, t('answer')));
    }
    return box;
  }

  // ---------------------------------------------------------------- the plan

  /** Obligations that apply, for the bearer chosen. */
  function plannedObligations() {
    return (state.answer.obligations || []).filter(o => o.status === 'applies' && bearerShown(o));
  }
  function undeterminedObligations() {
    return (state.answer.obligations || []).filter(o => o.status === 'undetermined' && bearerShown(o));
  }
  const bearerShown = o => state.bearer === 'all' || o.bearer === state.bearer;

  /** Obligations by when they are due, every timing present (empty where none), in plan order. */
  function planGroups(obs) {
    const groups = new Map(WHEN_ORDER.map(w => [w, []]));
    for (const o of obs) groups.get(whenOf(o)).push(o);
    return groups;
  }

  function renderObligationsSection() {
    const groupBox = h('div', { id: 'obligation-groups' });
    const arrangeRadios = ['timing', 'kind', 'instrument'].map(g => {
      const id = 'group-' + g;
      const r = h('input', { type: 'radio', name: 'group-by', id, value: g });
      r.checked = state.group === g;
      r.addEventListener('change', () => { state.group = g; fillGroups(groupBox); });
      return h('span', { class: 'opt' }, r, h('label', { for: id }, t(g === 'timing' ? 'byTiming' : g === 'kind' ? 'byKind' : 'byInstrument')));
    });
    const section = h('section', { id: 'obligations', 'aria-labelledby': 'obligations-title' },
      h('h3', { id: 'obligations-title', tabindex: '-1' }, t('obligationsTitle')),
      h('p', { class: 'hint' }, t('planHint')),
      h('div', { class: 'view-controls no-print' },
        h('fieldset', { class: 'inline' }, h('legend', {}, t('groupBy')), arrangeRadios),
        bearerFilter(groupBox)),
      groupBox);
    fillGroups(groupBox);
    return section;
  }

  /** A choice of bearer (service provider, user, …) with the number of obligations each bears. */
  function bearerFilter(groupBox) {
    const byBearer = (state.answer.summary && state.answer.summary.byBearer) || {};
    const bearers = Object.keys(byBearer).filter(b => byBearer[b] > 0);
    if (!bearers.includes(state.bearer)) state.bearer = 'all';
    const total = (state.answer.obligations || []).length;
    const select = h('select', { id: 'bearer-filter' },
      h('option', { value: 'all' }, t('allBearers', { n: total })),
      bearers.map(b => h('option', { value: b }, t('bearerOption', { label: enumLabel(b), n: byBearer[b] }))));
    select.value = state.bearer;
    select.addEventListener('change', () => { state.bearer = select.value; fillGroups(groupBox); });
    return h('div', { class: 'inline-field' }, h('label', { for: 'bearer-filter' }, t('bearerFilter')), select);
  }

  function fillGroups(box) {
    box.replaceChildren();
    box.setAttribute('data-group', state.group);
    const obs = plannedObligations();
    if (state.group === 'timing') {
      const groups = planGroups(obs);
      for (const w of WHEN_ORDER) if (groups.get(w).length) box.append(timingGroup(w, groups.get(w)));
    } else {
      for (const g of groupsBy(state.group, obs)) {
        box.append(groupBlock(g.key, g.heading, g.list.length, g.list.map(o => obligationCard(o, { instrument: g.instrument })), true));
      }
    }
    if (!obs.length) box.append(h('p', { class: 'muted' }, t('noObligations')));
    const und = undeterminedObligations();
    if (und.length) box.append(undeterminedGroup(und));
    updateToc();
  }

  /** Obligations by kind of duty or by instrument (an obligation citing two instruments is in both). */
  function groupsBy(by, obs) {
    const groups = new Map();
    const put = (key, o) => { if (!groups.has(key)) groups.set(key, []); groups.get(key).push(o); };
    if (by === 'instrument') {
      for (const o of obs) for (const id of new Set((o.citations || []).map(c => c.instrument))) put(id, o);
      const order = Array.from(groups.keys()).sort((x, y) => {
        const ex = (state.instruments[x] || {}).effective || '9999', ey = (state.instruments[y] || {}).effective || '9999';
        return ex < ey ? -1 : ex > ey ? 1 : x.localeCompare(y);
      });
      return order.map(id => ({ key: 'instrument-' + id, heading: instrumentHeading(id), list: groups.get(id), instrument: id }));
    }
    for (const o of obs) put(o.kind, o);
    const order = Array.from(groups.keys()).sort((x, y) => rank(x) - rank(y) || x.localeCompare(y));
    return order.map(k => ({ key: 'kind-' + k, heading: kindLabel(k), list: groups.get(k) }));
  }
  const rank = k => { const i = KIND_ORDER.indexOf(k); return i < 0 ? 999 : i; };

  /** One group of the plan: its title, what it means, and its duties (a long group sorted by kind). */
  function timingGroup(when, list) {
    const sorted = when === 'within' ? list.slice().sort(byDeadline) : list.slice().sort((x, y) => rank(x.kind) - rank(y.kind));
    const body = sorted.length > 8 ? cardsWithKindHeads(sorted) : sorted.map(o => obligationCard(o, {}));
    const block = groupBlock('timing-' + when, t('group.' + when), list.length,
      [h('p', { class: 'group-hint' }, t('groupHint.' + when)), body], OPEN_AT_FIRST.has(when));
    block.id = 'plan-' + when;
    block.setAttribute('data-when', when);
    block.classList.add('timing-group');
    return block;
  }

  // the earliest due date first; without dates, the shortest period first
  function byDeadline(x, y) {
    const dx = x.due || '9999-99-99', dy = y.due || '9999-99-99';
    if (dx !== dy) return dx < dy ? -1 : 1;
    const px = approxDays(x.timing && x.timing.period), py = approxDays(y.timing && y.timing.period);
    return px === py ? 0 : px < py ? -1 : 1;
  }

  function cardsWithKindHeads(sorted) {
    const out = [];
    let kind = null;
    for (const o of sorted) {
      if (o.kind !== kind) {
        kind = o.kind;
        out.push(h('p', { class: 'subgroup-head' }, kindLabel(kind), ' ',
          h('span', { class: 'n' }, String(sorted.filter(x => x.kind === kind).length))));
      }
      out.push(obligationCard(o, {}));
    }
    return out;
  }

  /** What hangs on facts left unknown: closed, by kind (or by instrument when the plan is so arranged). */
  function undeterminedGroup(list) {
    const by = state.group === 'instrument' ? 'instrument' : 'kind';
    const body = groupsBy(by, list).map(g => [
      h('p', { class: 'subgroup-head' }, g.heading, ' ', h('span', { class: 'n' }, String(g.list.length))),
      g.list.map(o => obligationCard(o, { instrument: g.instrument }))]);
    const block = groupBlock('undetermined', t('undeterminedTitle'), list.length,
      [h('p', { class: 'group-hint' }, t('undeterminedHint')), body], false);
    block.id = 'undetermined';
    block.classList.add('rest');
    return block;
  }

  function instrumentHeading(id) {
    const ins = state.instruments[id];
    if (!ins) return [id];
    const en = ins.shortTitle || (ins.title && ins.title.en) || id;
    const zhTitle = ins.title && ins.title.zh;
    const main = zh() ? (zhTitle || en) : en;
    const second = zh() ? null : zhTitle;
    return [main, second && second !== main ? h('span', { class: 'sub', lang: 'zh-CN' }, second) : null,
      ins.effective ? h('span', { class: 'sub' }, t('inForceFrom', { date: ins.effective })) : null];
  }

  /** A collapsible group; it stays as the reader left it when the answer is drawn again. */
  function groupBlock(key, heading, n, content, openAtFirst) {
    const open = key in state.groupOpen ? state.groupOpen[key] : openAtFirst;
    const details = h('details', { class: 'group-block', open: open || null, 'data-group': key },
      h('summary', {}, h('h4', {}, heading, h('span', { class: 'n' }, String(n)))),
      h('div', { class: 'cards' }, content));
    details.addEventListener('toggle', () => { state.groupOpen[key] = details.open; });
    return details;
  }

  function obligationCard(o, opts) {
    const all = o.citations || [];
    const cites = opts.instrument ? all.filter(c => c.instrument === opts.instrument) : all;
    const others = opts.instrument ? all.filter(c => c.instrument !== opts.instrument) : [];
    const because = (o.because || []).map(b => h('li', { title: b }, reasonText(b)));
    return h('article', { class: 'obligation status-' + o.status, 'data-id': o.id, 'data-status': o.status, 'data-when': whenOf(o) },
      h('header', {},
        h('h5', {}, o.title),
        h('span', { class: 'badge ' + o.status }, opts.upcoming && o.status === 'applies' ? t('willApply') : statusLabel(o.status)),
        o.effective && opts.upcoming ? h('span', { class: 'badge effective' }, t('inForceFrom', { date: o.effective })) : null),
      timingLine(o),
      h('p', { class: 'ob-meta' },
        h('span', {}, t('bearer'), colon(), enumLabel(o.bearer)), ' · ',
        h('span', {}, t('kind'), colon(), kindLabel(o.kind)), ' · ',
        h('code', { class: 'ob-id' }, o.id)),
      o.summary ? h('p', { class: 'ob-summary' }, o.summary) : null,
      because.length ? h('div', { class: 'because' }, h('span', { class: 'k' }, t(o.status === 'undetermined' ? 'wouldApplyBecause' : opts.upcoming ? 'willApplyBecause' : 'because'), colon()), h('ul', { class: 'inline-list' }, because)) : null,
      (o.missing && o.missing.length) ? h('div', { class: 'missing' }, h('span', { class: 'k' }, t('missing'), colon()),
        h('ul', { class: 'inline-list' }, o.missing.map(p => h('li', {}, fieldRef(p))))) : null,
      readingBlock(o.reading),
      citationsBlock(cites),
      others.length ? h('p', { class: 'also' }, h('span', { class: 'k' }, t('alsoCited'), colon()), others.map(citationName).join(zh() ? '；' : '; ')) : null,
      (o.upcomingCitations && o.upcomingCitations.length) ? h('div', { class: 'upcoming-citations' },
        h('p', { class: 'k' }, t('upcomingCitations')),
        h('ol', { class: 'citations' }, o.upcomingCitations.map(c => typeof c === 'string' ? h('li', {}, citeLabel(c)) : citationItem(c)))) : null,
      (o.trace && o.trace.length) ? traceBlock(o.trace) : null);
  }

  /** When the duty is due: the phrase, the date when a launch date was given, the basis, and other clocks. */
  function timingLine(o) {
    const timing = o.timing;
    if (!timing) return null;
    const also = (timing.also || []).map(x => whenPhrase(x) + (x.basis ? (zh() ? '（' + citeLabel(x.basis) + '）' : ' (' + x.basis + ')') : ''));
    return h('div', { class: 'ob-when' },
      h('p', {},
        h('span', { class: 'when-tag' }, whenPhrase(timing)),
        o.due ? [' ', h('strong', { class: 'due' }, t('due', { date: o.due }))] : null,
        o.dueNote ? [' ', h('span', { class: 'due-note' }, o.dueNote)] : null,
        timing.basis ? [' ', h('span', { class: 'basis' }, zh() ? '（' + t('timingBasis', { basis: citeLabel(timing.basis) }) + '）' : '(' + t('timingBasis', { basis: timing.basis }) + ')')] : null),
      also.length ? h('p', { class: 'also-when' }, h('span', { class: 'k' }, t('alsoWhen'), colon()), also.join(zh() ? '；' : '; ')) : null);
  }

  /** The verbatim texts, closed under a line that names them, so that a card stays short. */
  function citationsBlock(cites) {
    if (!cites.length) return null;
    return h('details', { class: 'ob-citations' },
      h('summary', {}, h('span', { class: 'k' }, t('citationsN', { n: cites.length })), ' ', cites.map(citationName).join(zh() ? '；' : '; ')),
      h('ol', { class: 'citations', 'aria-label': t('citations') }, cites.map(citationItem)));
  }

  function citationItem(c) {
    const ins = state.instruments[c.instrument];
    const zhHead = zh() && ins && ins.title && ins.title.zh ? '《' + ins.title.zh + '》' + (c.pinpoint || '') : null;
    // the English paraphrase is for orientation: a Chinese reader has the text itself, so it is folded away
    const paraphrase = !c.summary ? null : zh()
      ? h('details', { class: 'paraphrase-en' }, h('summary', {}, t('englishParaphrase')), h('p', { class: 'paraphrase', lang: 'en' }, c.summary))
      : h('p', { class: 'paraphrase', lang: 'en' }, c.summary);
    return h('li', { class: 'citation', 'data-label': c.label, 'data-instrument': c.instrument },
      h('div', { class: 'cite-head' },
        zhHead ? h('strong', { class: 'cite-label', lang: 'zh-CN' }, zhHead) : h('strong', { class: 'cite-label' }, c.label),
        zhHead ? null : (c.pinpoint ? h('span', { class: 'pinpoint', lang: 'zh-CN' }, c.pinpoint) : null),
        c.effective ? h('span', { class: 'effective' }, t('inForceFrom', { date: c.effective })) : null,
        c.text && c.verification && c.verification !== 'verbatim'
          ? h('span', { class: 'verification', 'data-verification': c.verification }, t('verification', { v: t('verification.' + c.verification) })) : null),
      c.text ? h('blockquote', { class: 'zh-text', lang: 'zh-CN' },
        c.leadIn ? h('span', { class: 'lead-in' }, c.leadIn) : null,
        h('span', { class: 'verbatim' }, c.text)) : h('p', { class: 'no-text' }, t('noText')),
      paraphrase);
  }

  function traceBlock(trace) {
    return h('details', { class: 'trace' }, h('summary', {}, t('trace')),
      h('ul', {}, trace.map(tr => h('li', {},
        h('strong', {}, tr.rule ? tr.rule.name : ''), tr.rule && tr.rule.file ? h('code', { class: 'muted' }, ' ' + tr.rule.file + (tr.rule.line ? ':' + tr.rule.line : '')) : null,
        tr.status ? [' · ', statusLabel(tr.status)] : null,
        (tr.classifications && tr.classifications.length) ? h('div', {}, t('traceClassifications'), colon(), tr.classifications.map(c => state.classTitles[c] || c).join('; ')) : null,
        (tr.facts && tr.facts.length) ? h('div', {}, t('traceFacts'), colon(), tr.facts.map(f => typeof f === 'string' ? factPhrase(f) : JSON.stringify(f)).join('; ')) : null))));
  }

  // ---------------------------------------------------------------- the rest of the answer

  function renderUpcoming(a) {
    const up = a.upcoming || [];
    const section = h('section', { id: 'upcoming', 'aria-labelledby': 'upcoming-title' },
      h('h3', { id: 'upcoming-title' }, t('upcomingTitle', { n: up.length })));
    if (!up.length) { section.append(h('p', { class: 'muted' }, t('upcomingNone', { asOf: a.asOf }))); return section; }
    section.append(h('p', { class: 'hint' }, t('upcomingHint', { asOf: a.asOf })));
    // by the day the law comes into force, which is what a plan needs of them; closed
    const byDate = new Map();
    for (const o of up) { const k = o.effective || '?'; if (!byDate.has(k)) byDate.set(k, []); byDate.get(k).push(o); }
    for (const date of Array.from(byDate.keys()).sort()) {
      const list = byDate.get(date).slice().sort((x, y) => rank(x.kind) - rank(y.kind));
      section.append(groupBlock('upcoming-' + date, t('upcomingFrom', { date }), list.length, list.map(o => obligationCard(o, { upcoming: true })), false));
    }
    return section;
  }

  function describeValue(v) {
    if (v === true) return t('yes');
    if (v === false) return t('no');
    if (Array.isArray(v)) return v.length ? v.map(enumLabel).join(zh() ? '、' : ', ') : t('none');
    if (v === null || v === undefined) return t('factUnknown');
    return typeof v === 'object' ? JSON.stringify(v) : String(v);
  }

  /** Near misses grouped by the change that would trigger them: one entry per change to consider. */
  function nearMissChanges(nms) {
    const groups = new Map();
    for (const n of nms) {
      const key = JSON.stringify(n.change || {});
      if (!groups.has(key)) groups.set(key, { change: n.change || {}, items: [] });
      groups.get(key).items.push(n);
    }
    return Array.from(groups.values());
  }

  /** "What would change the answer": shown whether or not Explain is ticked; counted as changes, not obligations. */
  function renderNearMisses() {
    const nms = state.nearMisses;
    const ready = Array.isArray(nms);
    const changes = ready ? nearMissChanges(nms) : [];
    const section = h('section', { id: 'near-misses', 'aria-labelledby': 'near-misses-title',
      'data-state': ready ? 'ready' : state.nearMissError ? 'failed' : 'loading', 'data-changes': ready ? String(changes.length) : null },
      h('h3', { id: 'near-misses-title', tabindex: '-1' }, t('nearMissesTitle'),
        ready ? h('span', { class: 'n' }, t('nearMissesCount', { n: changes.length })) : null));
    if (!ready) {
      section.append(h('p', { class: state.nearMissError ? 'problem' : 'muted' },
        state.nearMissError ? t('nearMissesFailed', { msg: state.nearMissError }) : t('nearMissesLoading')));
      return section;
    }
    if (!changes.length) { section.append(h('p', { class: 'muted' }, t('nearMissesNone'))); return section; }
    section.append(h('p', { class: 'hint' }, t('nearMissesHint')),
      h('ul', { class: 'near-misses' }, changes.map(nearMissItem)));
    return section;
  }

  function nearMissItem(g) {
    const pointer = g.change.pointer;
    return h('li', { class: 'near-miss', 'data-pointer': pointer },
      h('div', { class: 'nm-head' },
        h('p', { class: 'nm-if' }, t('nearMissIf', { field: fieldLabel(pointer || ''), value: describeValue(g.change.value) }), ' ',
          h('code', {}, pointer)),
        state.fields.has(pointer) ? h('button', { type: 'button', class: 'no-print try-change',
          onclick: () => { setField(pointer, g.change.value); evaluate(readForm(), { focus: false }); } }, t('tryChange')) : null),
      h('details', { class: 'nm-adds' },
        h('summary', {}, t('nearMissAdds', { n: g.items.length })),
        h('ul', {}, g.items.map(n => h('li', {}, h('strong', {}, n.title || n.obligation),
          ' (', (n.citations || []).map(citeLabel).join(zh() ? '；' : '; '), ')',
          h('span', { class: 'muted' }, ' · ', kindLabel(n.kind), ' · ', enumLabel(n.bearer || '')))))));
  }

  /** A reading of the law the answer rests on (or that withholds a duty), with the other reading where contested. */
  function readingBlock(r) {
    if (!r) return null;
    const sep = colon();
    return h('div', { class: 'reading' + (r.contested ? ' contested' : '') },
      h('p', {}, h('span', { class: 'k' }, t('reading'), r.contested ? (zh() ? '（' + t('contested') + '）' : ' (' + t('contested') + ')') : '', sep), r.text),
      r.alternative ? h('p', { class: 'alternative' }, h('span', { class: 'k' }, t('alternative'), sep), r.alternative) : null);
  }

  /** How the service is classified: near the top, one line each; the reasons and citations open on demand. */
  function renderClassifications(cls) {
    if (!cls.length) return null;
    const block = groupBlock('classifications', t('classificationsTitle'), cls.length,
      h('ul', { class: 'classifications' }, cls.map(classificationItem)), true);
    return h('section', { id: 'classifications', 'aria-labelledby': 'classifications-title' },
      h('h3', { id: 'classifications-title', class: 'visually-hidden' }, t('classificationsTitle')), block);
  }

  function classificationItem(c) {
    const why = (c.because || []).length + (c.citations || []).length;
    return h('li', { class: 'classification', 'data-id': c.id },
      h('div', { class: 'cls-head' }, h('strong', {}, c.title), ' ', h('span', { class: 'badge ' + c.status }, statusLabel(c.status))),
      why ? h('details', { class: 'cls-citations' }, h('summary', {}, t('because'), ' · ', t('citations'), ' (', String((c.citations || []).length), ')'),
        (c.because && c.because.length) ? h('ul', { class: 'because' }, c.because.map(b => h('li', { title: b }, reasonText(b)))) : null,
        (c.citations && c.citations.length) ? h('ol', { class: 'citations' }, c.citations.map(citationItem)) : null) : null,
      (c.missing && c.missing.length) ? h('p', { class: 'missing' }, h('span', { class: 'k' }, t('missing'), colon()), c.missing.map(p => [fieldRef(p), ' '])) : null,
      readingBlock(c.reading));
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
      h('details', { class: 'facts-block' },
        h('summary', {}, h('h3', { id: 'facts-title' }, t('factsTitle'))),
        h('dl', { class: 'facts' }, rows)));
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


  // ---------------------------------------------------------------- the register: Services view (docs/register.md)

  const STATES = ['todo', 'in-progress', 'done', 'not-applicable'];
  const svc = { etags: {}, open: null, loads: 0 };

  // the register id for a service name: lower case, letters, digits, dot, dash, underscore
  function serviceId(name) {
    let id = String(name || '').trim().toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^[^a-z0-9]+|-+$/g, '');
    if (!id) {
      let hsh = 0;
      for (const ch of String(name || '')) hsh = (hsh * 31 + ch.codePointAt(0)) >>> 0;
      id = name && String(name).trim() ? 'service-' + hsh.toString(36) : '';
    }
    return id.slice(0, 128);
  }

  function showView(which) {
    const services = which === 'services';
    $('main.layout').hidden = services;
    $('#services-view').hidden = !services;
    $('#nav-evaluate').setAttribute('aria-pressed', String(!services));
    $('#nav-services').setAttribute('aria-pressed', String(services));
    if (services) loadServices();
  }

  async function saveService() {
    if (!state.schema) return;
    const body = readForm();
    const status = $('#save-status');
    const id = serviceId(body.name);
    if (!id) { status.textContent = t('saveNoName'); return; }
    const btn = $('#save-service');
    btn.disabled = true;
    status.textContent = t('saving');
    try {
      let etag = svc.etags[id];
      if (etag === undefined) {
        const head = await fetch('v1/services/' + encodeURIComponent(id));
        etag = head.ok ? head.headers.get('ETag') : null;
      }
      const headers = { 'Content-Type': 'application/json' };
      if (etag) headers['If-Match'] = etag; else headers['If-None-Match'] = '*';
      const { res, body: data } = await getJson('v1/services/' + encodeURIComponent(id), { method: 'PUT', headers, body: JSON.stringify(body) });
      if (res.status === 412) { delete svc.etags[id]; status.textContent = t('saveConflict', { id }); return; }
      if (!res.ok) { status.textContent = problemText(data, res); return; }
      svc.etags[id] = res.headers.get('ETag');
      status.textContent = res.status === 201 ? t('savedNew', { name: body.name, id }) : t('savedVersion', { name: body.name, id, version: data && data.version });
    } catch (e) {
      status.textContent = t('networkError', { msg: e.message });
    } finally {
      btn.disabled = false;
    }
  }

  function servicesProblem(data, res) {
    const el = $('#services-error');
    el.hidden = false;
    el.textContent = res && res.status === 404 && data && !data.services ? t('registerOff') : problemText(data, res);
  }

  async function loadServices() {
    $('#services-error').hidden = true;
    try {
      const [reg, list] = await Promise.all([getJson('v1/register'), getJson('v1/services')]);
      if (reg.res.ok && reg.body) $('#services-writes').textContent = t('writesMode', { mode: reg.body.writes });
      if (!list.res.ok || !list.body) { servicesProblem(list.body, list.res); return; }
      renderServiceList(list.body.services || []);
      await loadFeed(reg.body && reg.body.changes);
      if (svc.open) await openService(svc.open, false);
    } catch (e) {
      $('#services-error').hidden = false;
      $('#services-error').textContent = t('networkError', { msg: e.message });
    }
  }

  function renderServiceList(services) {
    const box = $('#services-list');
    if (!services.length) {
      box.replaceChildren(h('p', { class: 'empty' }, t('servicesEmpty')));
    } else {
      const cols = ['colService', 'colApplies', 'colUndetermined', 'colUpcoming', 'colDone', 'colReview', 'colOverdue', 'colNextDue'];
      const rows = services.map(s => h('tr', { 'data-id': s.id },
        h('th', { scope: 'row' }, h('button', { type: 'button', class: 'linklike svc-open', 'data-id': s.id, onclick: () => openService(s.id, true) }, s.name),
          ' ', h('code', { class: 'muted' }, s.id)),
        h('td', { class: 'num' }, String(s.counts.applies)),
        h('td', { class: 'num' }, String(s.counts.undetermined)),
        h('td', { class: 'num' }, String(s.counts.upcoming)),
        h('td', { class: 'num svc-done' }, String((s.states && s.states.done) || 0)),
        h('td', { class: 'num' }, String(s.review)),
        h('td', { class: 'num' + (s.overdue ? ' overdue' : '') }, String(s.overdue)),
        h('td', null, s.nextDue || t('noDue'))));
      box.replaceChildren(h('div', { class: 'table-wrap' }, h('table', { class: 'services-table' },
        h('thead', null, h('tr', null, cols.map(c => h('th', { scope: 'col' }, t(c))))), h('tbody', null, rows))));
    }
    box.setAttribute('data-loads', String(++svc.loads));
  }

  async function openService(id, scroll) {
    svc.open = id;
    const panel = $('#service-detail');
    const { res, body } = await getJson('v1/services/' + encodeURIComponent(id) + '?lang=' + state.lang);
    if (!res.ok || !body) { panel.hidden = false; panel.replaceChildren(h('p', { class: 'problem', role: 'alert' }, problemText(body, res))); return; }
    svc.etags[id] = res.headers.get('ETag') || body.etag;
    const ans = body.answer || {};
    const items = (ans.obligations || []).map(o => obligationRow(id, o));
    const kids = [h('h2', { id: 'service-detail-title' }, t('planFor', { name: body.name })),
      h('p', { class: 'hint' }, t('planVersion', { version: body.version, at: ans.evaluatedAt || '' })),
      h('ul', { class: 'svc-obligations' }, items)];
    if ((ans.upcoming || []).length) {
      kids.push(h('h3', null, t('upcomingTitle', { n: ans.upcoming.length })),
        h('ul', { class: 'svc-obligations' }, ans.upcoming.map(o => obligationRow(id, o))));
    }
    if ((body.retired || []).length) {
      kids.push(h('h3', null, t('retiredTitle')), h('ul', null, body.retired.map(r =>
        h('li', null, h('code', null, r.obligationId), colon(), t('state.' + r.state), r.reason ? ' — ' + r.reason : ''))));
    }
    panel.replaceChildren(...kids);
    panel.setAttribute('data-service', id);
    panel.hidden = false;
    if (scroll) panel.scrollIntoView({ block: 'start' });
  }

  function obligationRow(serviceIdValue, o) {
    const tr = o.tracking || { state: 'todo' };
    const selId = 'st-' + serviceIdValue + '-' + o.id;
    const select = h('select', { id: selId, class: 'svc-state' }, STATES.map(s => h('option', { value: s }, t('state.' + s))));
    select.value = tr.state;
    const saved = h('span', { class: 'svc-saved muted', role: 'status' });
    select.addEventListener('change', async () => {
      const next = select.value;
      const payload = { state: next };
      if (next === 'not-applicable') {
        const reason = window.prompt(t('reasonPrompt'), tr.reason || '');
        if (reason == null || !reason.trim()) { select.value = tr.state; return; }
        payload.reason = reason.trim();
      }
      if (tr.note) payload.note = tr.note;
      if (tr.evidence) payload.evidence = tr.evidence;
      select.disabled = true;
      try {
        const { res, body } = await getJson('v1/services/' + encodeURIComponent(serviceIdValue) + '/obligations/' + encodeURIComponent(o.id),
          { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(payload) });
        if (res.ok) {
          Object.assign(tr, (body && body.tracking) || payload);
          saved.textContent = t('stateSaved', { state: t('state.' + next) });
          li.setAttribute('data-state', next);
          loadServicesListOnly();
        } else {
          select.value = tr.state;
          saved.textContent = t('stateFailed', { msg: problemText(body, res) });
        }
      } catch (e) {
        select.value = tr.state;
        saved.textContent = t('stateFailed', { msg: e.message });
      } finally {
        select.disabled = false;
      }
    });
    const marks = [];
    if (o.due) marks.push(h('span', { class: 'chip' }, t('dueOn', { date: o.due })));
    if (o.overdue) marks.push(h('span', { class: 'chip overdue' }, t('overdueMark')));
    if (tr.review) marks.push(h('span', { class: 'chip' }, t('reviewMark')));
    const li = h('li', { class: 'svc-ob', 'data-id': o.id, 'data-state': tr.state },
      h('div', { class: 'svc-ob-head' }, h('strong', null, o.title || o.id), ' ', h('code', { class: 'muted' }, o.id), ' ',
        h('span', { class: 'muted' }, kindLabel(o.kind), ' · ', statusLabel(o.status)), ' ', marks),
      h('div', { class: 'svc-ob-state' }, h('label', { for: selId }, t('stateLabel')), ' ', select, ' ', saved,
        tr.reason ? h('span', { class: 'muted' }, ' — ' + tr.reason) : null));
    return li;
  }

  async function loadServicesListOnly() {
    const list = await getJson('v1/services');
    if (list.res.ok && list.body) renderServiceList(list.body.services || []);
  }

  async function loadFeed(maxId) {
    const since = Math.max(0, (Number(maxId) || 0) - 50);
    const { res, body } = await getJson('v1/changes?since=' + since + '&limit=50');
    const feed = $('#changes-feed');
    if (!res.ok || !body) { feed.replaceChildren(h('li', { class: 'problem' }, problemText(body, res))); return; }
    const changes = (body.changes || []).slice().reverse();
    svc.next = body.next;
    if (!changes.length) { feed.replaceChildren(h('li', { class: 'muted' }, t('feedEmpty'))); return; }
    feed.replaceChildren(...changes.map(c => h('li', { class: 'change', 'data-kind': c.kind, 'data-service': c.serviceId },
      h('span', { class: 'muted' }, '#' + c.id + ' ' + (c.at || '')), ' ', h('strong', null, c.serviceId), ' ', h('code', null, c.kind),
      c.obligationId ? [' ', h('code', null, c.obligationId)] : null, ' ', h('span', { class: 'muted' }, '(' + c.cause + ')'))));
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
    if (!$('#services-view').hidden) loadServices();
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
    form.addEventListener('input', formChanged);
    form.addEventListener('change', formChanged);
    $('#clear-form').addEventListener('click', () => { writeForm({}); clearErrors(form); $('#form-errors').hidden = true; say(t('formCleared')); });
    $('#timeline-form').addEventListener('submit', e => { e.preventDefault(); showTimeline(false); });
    $('#evaluate-again').addEventListener('click', () => evaluate());
    // toggling "explain" explains the answer on screen at once
    $('#explain').addEventListener('change', () => { if (state.answer) evaluate(state.request, { scroll: false }); });
    $('#save-service').addEventListener('click', saveService);
    $('#nav-evaluate').addEventListener('click', () => showView('evaluate'));
    $('#nav-services').addEventListener('click', () => showView('services'));
    $('#services-refresh').addEventListener('click', loadServices);

    const [schema, examples, instruments] = await Promise.all([
      getJson('v1/schema/service-description').catch(e => ({ error: e })),
      getJson('v1/examples').catch(e => ({ error: e })),
      getJson('v1/instruments').catch(e => ({ error: e }))
    ]);
    if (instruments.body && Array.isArray(instruments.body.instruments)) {
      for (const ins of instruments.body.instruments) {
        state.instruments[ins.id] = ins;
        // timing bases use the short title, near misses the abbreviation; an earlier text its own one
        const zhTitle = ins.title && ins.title.zh;
        if (!zhTitle) continue;
        for (const name of [ins.shortTitle, ins.abbreviation]) if (name) state.instrumentsByName[name] = zhTitle;
        for (const e of ins.earlierTexts || []) if (e.abbreviation) state.instrumentsByName[e.abbreviation] = zhTitle + '（' + e.edition + '年）';
      }
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
