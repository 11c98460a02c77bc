import {
  CONTACT_FIELDS,
  CONTACT_TEXT,
  discretion,
  endTime,
  evidence,
  FACTS_BLOCKS,
  fineFen,
  place,
  provisionsApplied,
  provisionsViolated,
  startTime,
  violationFacts,
} from './common';
import { B, type DocumentTemplate, F } from './template.types';

/** Prior notice, statements and hearing (APL Arts. 44–45, 63–65). */

const intendedPenalty = F.para('intendedPenalty', '拟作出的行政处罚', {
  required: true,
  from: ['penalty.content', 'penalty.description'],
});
const statementDays = F.text('statementDays', '陈述申辩期限', {
  from: ['notice.statementDays'],
  default: '五个工作日',
});

export const PENALTY_PRENOTICE: DocumentTemplate = {
  code: 'PENALTY_PRENOTICE',
  version: 1,
  title: '行政处罚事先告知书',
  numbering: '罚告',
  internal: false,
  layout: 'letter',
  sealed: true,
  fields: [
    violationFacts,
    evidence,
    provisionsViolated,
    provisionsApplied,
    discretion,
    intendedPenalty,
    fineFen,
    statementDays,
    F.bool('hearingOffered', '告知听证权利', { from: ['hearing.offered'] }),
    ...CONTACT_FIELDS,
  ],
  body: [
    B.parties(),
    B.p(
      '本机关对你（单位）{cause}一案已调查终结。根据《中华人民共和国行政处罚法》第四十四条的规定，现将本机关拟作出行政处罚的内容及事实、理由、依据告知如下：',
    ),
    ...FACTS_BLOCKS,
    B.h('四、拟作出的行政处罚'),
    B.p('依据{provisionsApplied}的规定，{discretion}本机关拟对你（单位）作出如下行政处罚：{intendedPenalty}'),
    B.f('fineFen', 'fineFen'),
    B.h('五、陈述、申辩权利'),
    B.p(
      '根据《中华人民共和国行政处罚法》第四十五条的规定，你（单位）享有陈述、申辩的权利。如需陈述、申辩，请于收到本告知书之日起{statementDays}内向本机关提出；逾期未提出的，视为放弃上述权利。本机关不因你（单位）陈述、申辩而给予更重的处罚。',
    ),
    B.p(
      '根据《中华人民共和国行政处罚法》第六十三条、第六十四条的规定，你（单位）有权要求举行听证。如要求听证，应当在收到本告知书之日起五日内向本机关提出；逾期未提出的，视为放弃听证权利。',
      'hearingOffered',
    ),
    B.p(CONTACT_TEXT),
  ],
};

export const HEARING_RIGHT_NOTICE: DocumentTemplate = {
  code: 'HEARING_RIGHT_NOTICE',
  version: 1,
  title: '行政处罚听证告知书',
  numbering: '听告',
  internal: false,
  layout: 'letter',
  sealed: true,
  fields: [intendedPenalty, fineFen, provisionsApplied, ...CONTACT_FIELDS],
  body: [
    B.parties(),
    B.p('本机关拟依据{provisionsApplied}的规定，对你（单位）作出如下行政处罚：{intendedPenalty}'),
    B.f('fineFen', 'fineFen'),
    B.p(
      '根据《中华人民共和国行政处罚法》第六十三条、第六十四条的规定，你（单位）有权要求举行听证。如要求听证，应当在收到本告知书之日起五日内向本机关提出（口头提出的，本机关将制作笔录）；逾期未提出的，视为放弃听证权利。听证不收取费用。',
    ),
    B.p(CONTACT_TEXT),
  ],
};

export const HEARING_NOTICE: DocumentTemplate = {
  code: 'HEARING_NOTICE',
  version: 1,
  title: '听证通知书',
  numbering: '听通',
  internal: false,
  layout: 'letter',
  sealed: true,
  fields: [
    F.time('hearingTime', '听证时间', { required: true, from: ['hearing.time', 'hearing.date'] }),
    F.text('hearingPlace', '听证地点', { required: true, from: ['hearing.place'] }),
    F.text('host', '听证主持人', { required: true, from: ['hearing.hostName'] }),
    F.text('members', '听证员', { from: ['hearing.members'] }),
    F.text('recorder', '记录员', { from: ['hearing.recorder'] }),
    F.choice(
      'publicity',
      '是否公开',
      { PUBLIC: '公开', NOT_PUBLIC: '不公开' },
      { from: ['hearing.publicity'], default: 'PUBLIC' },
    ),
    ...CONTACT_FIELDS,
  ],
  body: [
    B.parties(),
    B.p('根据你（单位）的申请，本机关决定于{hearingTime}在{hearingPlace}就{cause}一案{publicity}举行听证。'),
    B.p(
      '听证主持人：{host}；听证员：{members}；记录员：{recorder}。你（单位）认为主持人、听证员、记录员与本案有直接利害关系的，有权在听证开始前申请回避。',
    ),
    B.p(
      '你（单位）可以亲自参加听证，也可以委托一至二人代理；委托代理人参加听证的，应当提交授权委托书。请携带身份证明和有关证据材料准时参加。',
    ),
    B.p('你（单位）无正当理由拒不出席听证或者未经许可中途退出听证的，视为放弃听证权利，本机关终止听证。'),
    B.p(CONTACT_TEXT),
  ],
};

export const HEARING_RECORD: DocumentTemplate = {
  code: 'HEARING_RECORD',
  version: 1,
  title: '听证笔录',
  numbering: '听笔',
  internal: false,
  layout: 'form',
  sealed: false,
  fields: [
    startTime,
    endTime,
    place,
    F.text('host', '听证主持人', { from: ['hearing.hostName'] }),
    F.text('members', '听证员', { from: ['hearing.members'] }),
    F.text('recorder', '记录员', { from: ['hearing.recorder'] }),
    F.text('attendees', '当事人及委托代理人', { from: ['hearing.attendees'] }),
    F.text('investigators', '案件调查人员', { from: ['hearing.investigators'] }),
    F.choice(
      'outcome',
      '听证情况',
      { HELD: '举行听证', WAIVED: '当事人放弃听证', TERMINATED_ABSENT: '当事人无正当理由未出席，终止听证' },
      {
        from: ['hearing.outcome'],
        default: 'HELD',
      },
    ),
    F.para('investigatorStatement', '调查人员提出的违法事实、证据和处罚建议', {
      from: ['hearing.investigatorStatement'],
    }),
    F.para('partyStatement', '当事人陈述、申辩和质证意见', { from: ['hearing.partyStatement'] }),
    F.para('finalStatements', '最后陈述意见', { from: ['hearing.finalStatements'] }),
  ],
  body: [
    B.grid('startTime', 'endTime', 'place', 'host', 'members', 'recorder', 'attendees', 'investigators', 'outcome'),
    B.parties(),
    B.p('主持人宣布听证纪律，核对听证参加人身份，告知当事人的权利义务，询问是否申请回避。'),
    B.f('investigatorStatement'),
    B.f('partyStatement'),
    B.f('finalStatements'),
    B.p('以上笔录经当事人审核无误。'),
    B.sign('PARTY', 'HOST', 'RECORDER'),
  ],
};

export const STATEMENT_RECORD: DocumentTemplate = {
  code: 'STATEMENT_RECORD',
  version: 1,
  title: '陈述申辩笔录',
  numbering: '辩笔',
  internal: false,
  layout: 'form',
  sealed: false,
  fields: [
    F.time('time', '时间', { from: ['statement.time'] }),
    place,
    F.text('speaker', '陈述申辩人', { from: ['statement.speaker'] }),
    F.text('recorder', '记录人', { from: ['statement.recorder'] }),
    F.para('content', '陈述申辩内容', { required: true, from: ['statement.content', 'statements'] }),
    F.para('review', '复核意见', { from: ['statement.review'] }),
  ],
  body: [
    B.grid('time', 'place', 'speaker', 'recorder'),
    B.parties(),
    B.officers('执法人员'),
    B.f('content'),
    B.f('review'),
    B.p('以上笔录我看过（或已向我宣读过），与我说的相符。'),
    B.sign('PARTY', 'OFFICER', 'RECORDER'),
  ],
};
