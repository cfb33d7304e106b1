import { statements, type Meaning } from '../../src/narrative';

/** A statement as [value, its meanings as `quantity[/applicant][/row…][/result][/group][/document]`]. */
const read = (text: string, year: number | null = null) =>
  statements(text, year).map((s) => [s.value, s.meanings.map(show)]);
const show = (m: Meaning) =>
  [m.quantity, m.applicant, m.rows?.join('+'), m.result, m.group, m.document].filter(Boolean).join('/');

describe('what a number counts: the words right around it (class 1)', () => {
  it.each<[string, unknown[]]>([
    ['另有58件延至下一年度答复。', [[58, ['carried-forward']]]],
    [
      '共答复申请498件，转入下年度办理答复的3件。',
      [
        [498, ['completed']],
        [3, ['carried-forward']],
      ],
    ],
    ['同意公开答复12件。', [[12, ['granted']]]],
    ['对3件申请作出不予公开决定。', [[3, ['denied']]]],
    ['上年结转的3件申请已于本年度全部办结。', [[3, ['carried-in']]]],
    [
      '受理的45件申请中，已办结43件。',
      [
        [45, ['received']],
        [43, ['completed']],
      ],
    ],
    ['共办理政府信息公开申请45件。', [[45, ['received', 'completed']]]],
    ['予以公开及部分公开96件。', [[96, ['disclosed']]]],
    ['收到申请情况：共5件。', [[5, ['received']]]],
    // 约 of 预约: only right before the number does it make the count approximate.
    ['本年度通过网上预约收到申请10件。', [[10, ['received']]]],
    // 近年来 in another clause says nothing of this one.
    ['近年来申请增多，本年度收到申请10件。', [[10, ['received']]]],
  ])('%s', (text, want) => expect(read(text)).toEqual(want));

  it.each([
    '延期答复3件。',
    '受理群众投诉举报30件。',
    '对申请人提出的12件补正申请，均按要求作出答复。',
    '全年办结政务服务事项5000件。',
    '本年度办理人大代表建议25件、政协委员提案30件。',
    '收到申请约100件。',
    '收到申请100件以上。',
    '近两年收到申请10件。', // a count over two years
    '近5年收到申请10件。',
    '予以公开、部分公开分别为3件、2件。',
    '不予公开或无法提供5件。',
    // Two groups besides 予以公开 + 部分公开, or all three: no one quantity.
    '部分公开及不予公开共10件。',
    '予以公开及不予公开共10件。',
    '予以公开、部分公开和不予公开共10件。',
    '全年办结30件。', // no word of applications anywhere: another business
    '上年结转和结转下年度的申请共4件。', // two rows of different kinds
    '收到超期未答复的申请0件。', // the late ones among those received: not the count received
    '本年度收到逾期申请2件。',
  ])('says nothing: %s', (text) => {
    expect(statements(text, null)).toEqual([]);
  });

  it('a paragraph’s short lead names the topic', () => {
    expect(read('（二）依申请公开情况。全年办结30件。')).toEqual([[30, ['completed']]]);
  });

  it('a part of a list of applications received that was completed is a subset: nothing', () => {
    expect(read('收到申请5件，其中3件已办结，2件结转下年度。')).toEqual([[5, ['received']]]);
  });
});

describe('rows, groups and columns (class 5)', () => {
  it.each<[string, unknown[]]>([
    ['因不掌握相关信息等原因无法提供140件。', [[140, ['unavailable/unavailable.1']]]],
    ['不予处理（重复申请）2件。', [[2, ['not-processed/not-processed.2']]]],
    ['其他处理3件。', [[3, ['other']]]],
    ['部分公开4件。', [[4, ['partly-granted']]]],
    ['自然人申请20件。', [[20, ['received/natural-person']]]],
    ['法人或其他组织申请11件。', [[11, ['received/organisations']]]],
    ['自然人申请中，予以公开及部分公开96件。', [[96, ['disclosed', 'disclosed/natural-person']]]],
    [
      '收到申请531件，其中自然人520件，法人或其他组织11件。',
      [
        [531, ['received', 'received/natural-person', 'received/organisations']],
        [520, ['received/natural-person']],
        [11, ['received/organisations']],
      ],
    ],
  ])('%s', (text, want) => expect(read(text)).toEqual(want));

  it.each([
    '属于国家秘密的2件。',
    '自然人和法人申请10件。',
    '其中自然人520件。',
    '予以公开的申请中，自然人申请20件。',
  ])('says nothing: %s', (text) => {
    expect(read(text)).toEqual([]);
  });
});

describe('tables 二 and 四 (class 6)', () => {
  it.each<[string, unknown[]]>([
    ['现行有效规范性文件210件。', [[210, ['in-force/normative-documents']]]],
    ['本年制发规章2件。', [[2, ['issued/rules']]]],
    ['本年废止行政规范性文件3件。', [[3, ['repealed/normative-documents']]]],
    [
      '行政复议案件40件，其中维持30件，纠正1件，尚未审结9件；行政诉讼21件。',
      [
        [40, ['reviews']],
        [30, ['reviews/upheld']],
        [1, ['reviews/corrected']],
        [9, ['reviews/pending']],
        [21, ['litigation']],
      ],
    ],
    // The results take the list's quantity, though 复议 and 诉讼 are both named before them.
    [
      '行政复议2件，行政诉讼5件，其中维持3件，纠正2件。',
      [
        [2, ['reviews']],
        [5, ['litigation']],
        [3, ['litigation/upheld']],
        [2, ['litigation/corrected']],
      ],
    ],
    ['复议后起诉3件。', [[3, ['litigation/litigation-after-review']]]],
    ['经过复议起诉的1件。', [[1, ['litigation/litigation-after-review']]]],
    ['未经复议直接起诉2件。', [[2, ['litigation/litigation-direct']]]],
    ['不经复议直接起诉2件。', [[2, ['litigation/litigation-direct']]]],
    ['未经过复议起诉的2件。', [[2, ['litigation/litigation-direct']]]],
    ['直接起诉的行政诉讼2件。', [[2, ['litigation/litigation-direct']]]],
    ['法人或其他组织中，商业企业申请5件。', [[5, ['received/commercial']]]],
    // 法人 and one kind of organisation in one clause: the kind.
    ['法人或其他组织中的商业企业申请5件。', [[5, ['received/commercial']]]],
    ['行政复议维持2件。', [[2, ['reviews/upheld']]]],
  ])('%s', (text, want) => expect(read(text)).toEqual(want));

  it.each([
    '办理行政复议备案99件。',
    '收到行政复议申请3件。',
    '发生行政复议和行政诉讼共5件。',
    '行政复议和行政诉讼共5件。', // both groups, neither named alone
    '行政复议维持和纠正共3件。', // two result columns
    '修订完善规章制度5项。',
    '清理规章和规范性文件50件。',
    '现行有效规章和规范性文件20件。',
    '维持原决定2件。',
    '主动公开政府信息1200条。',
  ])('says nothing: %s', (text) => {
    expect(read(text)).toEqual([]);
  });
});

describe('scope (class 7)', () => {
  it.each<[string, string | undefined]>([
    ['局办公室受理政府信息公开申请9件。', '局办公室'],
    ['机关本级收到申请9件。', '机关本级'],
    ['市本级收到申请120件，各县区收到申请500件。', '各县'],
    ['全市共收到申请97件。', '全市'],
    ['本局收到申请9件。', undefined],
    ['2021年，我局共收到申请9件。', undefined],
  ])('%s', (text, scope) => {
    const all = statements(text, null);
    expect(all[all.length - 1].scope).toBe(scope);
  });
});

describe('keys', () => {
  it('each statement has its number’s offset in the paragraph', () => {
    const text = '一段话。共受理申请9件，办结8件。';
    expect(statements(text, null).map((s) => text.slice(s.start, s.start + 2))).toEqual(['9件', '8件']);
  });
});

describe('years and labels', () => {
  it.each<[string, number | null, number]>([
    ['2021年收到申请9件。', 2021, 1],
    ['2020年收到申请9件。', 2021, 0],
    ['（四）无法提供 1.本机关不掌握相关政府信息 3 0 0 0 0 0 3', null, 0],
  ])('%s (%s)', (text, year, n) => expect(statements(text, year)).toHaveLength(n));
});

describe('every reason row of table 三 read from its words (class 5)', () => {
  // The reasons as the 2021 form words them, each in the group that owns it.
  it.each<[string, string]>([
    ['不予公开（属于国家秘密）1件。', 'denied/denied.1'],
    ['不予公开（其他法律行政法规禁止公开）1件。', 'denied/denied.2'],
    ['不予公开（危及“三安全一稳定”）1件。', 'denied/denied.3'],
    ['不予公开（保护第三方合法权益）1件。', 'denied/denied.4'],
    ['不予公开（属于三类内部事务信息）1件。', 'denied/denied.5'],
    ['不予公开（属于四类过程性信息）1件。', 'denied/denied.6'],
    ['不予公开（属于行政执法案卷）1件。', 'denied/denied.7'],
    ['不予公开（属于行政查询事项）1件。', 'denied/denied.8'],
    ['无法提供（本机关不掌握相关政府信息）1件。', 'unavailable/unavailable.1'],
    ['无法提供（没有现成信息需要另行制作）1件。', 'unavailable/unavailable.2'],
    ['无法提供（补正后申请内容仍不明确）1件。', 'unavailable/unavailable.3'],
    ['不予处理（信访举报投诉类申请）1件。', 'not-processed/not-processed.1'],
    ['不予处理（重复申请）1件。', 'not-processed/not-processed.2'],
    ['不予处理（要求提供公开出版物）1件。', 'not-processed/not-processed.3'],
    ['不予处理（无正当理由大量反复申请）1件。', 'not-processed/not-processed.4'],
    ['不予处理（要求行政机关确认或重新出具已获取信息）1件。', 'not-processed/not-processed.5'],
    ['其他处理（申请人无正当理由逾期不补正）1件。', 'other/other.1'],
    ['其他处理（申请人逾期未按收费通知要求缴纳费用）1件。', 'other/other.2'],
    // Each of a reason's words alone (reports shorten the form's wording).
    ['无法提供（需另行制作）1件。', 'unavailable/unavailable.2'],
    ['无法提供（没有现成信息）1件。', 'unavailable/unavailable.2'],
    ['不予处理（属于信访事项）1件。', 'not-processed/not-processed.1'],
    ['不予处理（举报类）1件。', 'not-processed/not-processed.1'],
    ['不予处理（投诉类）1件。', 'not-processed/not-processed.1'],
    ['其他处理（逾期未缴纳费用）1件。', 'other/other.2'],
    ['其他处理（逾期未缴费）1件。', 'other/other.2'],
    ['其他处理（逾期未按收费通知办理）1件。', 'other/other.2'],
  ])('%s → %s', (text, cell) => {
    expect(read(text)).toEqual([[1, [cell]]]);
  });
});
