import type { Locale } from './locales'

type Section = { heading: string; paragraphs: string[] }

const en = {
  title: 'About the archive',
  lede: 'How the archive collects, checks and protects what it holds, and how to reach it.',
  method: {
    heading: 'Method',
    paragraphs: [
      'The archive holds three kinds of record. Testimonies are accounts of work in North Korean state-run restaurants abroad. Facts are single working conditions (hours, wages, rest days, outings, housing, surveillance) as one or more sources report them. Sources are the reports, UN documents, articles and testimony collections behind every fact.',
      'No fact is published without a source, and each fact keeps its own sources and a level of confidence: reported, corroborated or verified. When sources disagree, each claim is kept with its own source rather than averaged away.',
    ],
  } as Section,
  anonymisation: {
    heading: 'How testimonies are anonymised',
    paragraphs: [
      'The archive keeps no real name of anyone, anywhere. Every testimony has a random code, and every narrator a pseudonymous code.',
      'Each testimony is split in two. The public summary generalises: a country rather than a city, a year rather than a date, and the restaurant only where the narrator agreed to it. The restricted record (the transcript, exact places and dates, the narrator’s age bracket and role) is kept apart and can be read only by vetted researchers and the archive’s editors; every such read is recorded.',
      'Before a summary is published, it is checked automatically for names, places and details the narrator asked never to publish, and an editor reviews it. Photographs and documents are stripped of their hidden location and device data when they are uploaded.',
      'In public figures, a count of fewer than 3 testimonies is shown as “fewer than 3”, and larger counts as a range (“10–19”), so that no figure, nor one figure taken from another, can give a number of 1 or 2: the workers of one restaurant are a small group, and a small number can point at a person. Filters leave out values with fewer than 3.',
      'A narrator can withdraw consent at any time. The testimony then leaves the site at once, and its restricted record is closed to researchers.',
    ],
  } as Section,
  illustrative: {
    heading: 'Illustrative testimonies',
    paragraphs: [
      'Testimonies marked “Illustrative” are composites written from published reporting to show how the archive works. They are not the account of any one person.',
    ],
  } as Section,
  access: {
    heading: 'Research access',
    paragraphs: [
      'Researchers who need the restricted records can apply for access. An administrator reviews every application; access is granted for a limited time, can be withdrawn at any time, and every read of a restricted record is recorded with the researcher’s account.',
    ],
    link: 'Apply for research access',
  },
  corrections: {
    heading: 'Report an error',
    paragraphs: [
      'If a fact, a source or a summary is wrong, or if anything on this site could identify a person, write to the address below. Say which page it concerns; do not send names or details that could identify anyone. No form on another website is involved: the message reaches the archive’s editors only.',
    ],
    addressLabel: 'Corrections',
  },
  privacy: {
    heading: 'What this site does not do',
    paragraphs: [
      'This site loads nothing from any other website: no fonts, maps, scripts or statistics. The map is drawn on the archive’s own server. No reader is tracked.',
    ],
  } as Section,
}

export type AboutDictionary = typeof en

const ko: AboutDictionary = {
  title: '기록관 소개',
  lede: '기록관이 자료를 모으고, 확인하고, 보호하는 방법과 연락하는 방법입니다.',
  method: {
    heading: '방법',
    paragraphs: [
      '기록관은 세 가지 기록을 보관합니다. 증언은 해외 북한 국영 식당에서의 노동에 관한 진술입니다. 사실은 하나 이상의 출처가 보고한 개별 근로 조건(근무 시간, 임금, 휴일, 외출, 숙소, 감시)입니다. 출처는 모든 사실의 근거가 되는 보고서, 유엔 문서, 기사, 증언 모음입니다.',
      '출처 없는 사실은 공개하지 않으며, 각 사실은 자신의 출처와 신뢰도(보고됨, 교차 확인됨, 검증됨)를 가집니다. 출처끼리 다를 때에는 평균을 내지 않고 각 주장을 그 출처와 함께 보관합니다.',
    ],
  },
  anonymisation: {
    heading: '증언의 익명화',
    paragraphs: [
      '기록관은 어디에도 누구의 실명도 보관하지 않습니다. 모든 증언에는 무작위 코드가, 모든 증언자에게는 가명 코드가 있습니다.',
      '각 증언은 둘로 나뉩니다. 공개 요약은 내용을 일반화합니다. 도시 대신 국가, 날짜 대신 연도를 쓰며, 식당은 증언자가 동의한 경우에만 밝힙니다. 제한 기록(녹취록, 정확한 장소와 날짜, 증언자의 연령대와 역할)은 따로 보관되며 심사를 거친 연구자와 기록관 편집자만 열람할 수 있고, 모든 열람은 기록됩니다.',
      '요약을 공개하기 전에 증언자가 공개하지 말라고 한 이름, 장소, 세부 내용이 있는지 자동으로 점검하고 편집자가 검토합니다. 사진과 문서는 올릴 때 숨은 위치 정보와 기기 정보를 지웁니다.',
      '공개 수치에서 증언이 3건 미만이면 “3 미만”으로, 그보다 많으면 “10~19”처럼 범위로 표시합니다. 어떤 수치도, 수치끼리 빼 보아도 1이나 2를 알아낼 수 없게 하기 위해서입니다. 한 식당의 노동자는 적은 인원이어서 작은 숫자도 사람을 가리킬 수 있습니다. 필터 목록에는 3건 미만인 항목이 나오지 않습니다.',
      '증언자는 언제든 동의를 철회할 수 있습니다. 그러면 증언은 즉시 사이트에서 내려가고 제한 기록은 연구자에게 닫힙니다.',
    ],
  },
  illustrative: {
    heading: '예시 증언',
    paragraphs: ['“예시”로 표시된 증언은 기록관의 작동 방식을 보여 주기 위해 공개 보도를 바탕으로 재구성한 것으로, 한 사람의 증언이 아닙니다.'],
  },
  access: {
    heading: '연구 열람',
    paragraphs: [
      '제한 기록이 필요한 연구자는 열람을 신청할 수 있습니다. 관리자가 모든 신청을 검토하며, 열람 권한은 기한이 있고 언제든 철회될 수 있습니다. 제한 기록의 모든 열람은 연구자의 계정과 함께 기록됩니다.',
    ],
    link: '연구 열람 신청하기',
  },
  corrections: {
    heading: '오류 신고',
    paragraphs: [
      '사실, 출처, 요약이 틀렸거나 이 사이트의 어떤 내용이 사람을 식별할 수 있다면 아래 주소로 알려 주세요. 어느 페이지인지 밝혀 주시고, 누군가를 식별할 수 있는 이름이나 세부 내용은 보내지 마세요. 다른 웹사이트의 양식을 거치지 않으며, 메시지는 기록관 편집자에게만 전달됩니다.',
    ],
    addressLabel: '정정 요청',
  },
  privacy: {
    heading: '이 사이트가 하지 않는 일',
    paragraphs: ['이 사이트는 다른 웹사이트에서 글꼴, 지도, 스크립트, 통계 등 아무것도 불러오지 않습니다. 지도는 기록관 서버에서 직접 그립니다. 어떤 독자도 추적하지 않습니다.'],
  },
}

export const getAboutDictionary = (locale: Locale): AboutDictionary => (locale === 'ko' ? ko : en)
