// Sentences in the article's register, with slots, so 100,000 summaries differ in wording and
// numbers the way real ones would (the index's size depends on how many distinct words exist).

export const PLACES = [
  { country: 'CN', en: 'Ningbo', ko: '닝보' }, { country: 'CN', en: 'Beijing', ko: '베이징' },
  { country: 'CN', en: 'Shenyang', ko: '선양' }, { country: 'CN', en: 'Dandong', ko: '단둥' },
  { country: 'CN', en: 'Wuhan', ko: '우한' }, { country: 'KH', en: 'Phnom Penh', ko: '프놈펜' },
  { country: 'KH', en: 'Siem Reap', ko: '시엠레아프' }, { country: 'LA', en: 'Vientiane', ko: '비엔티안' },
  { country: 'VN', en: 'Hanoi', ko: '하노이' }, { country: 'MY', en: 'Kuala Lumpur', ko: '쿠알라룸푸르' },
  { country: 'ID', en: 'Jakarta', ko: '자카르타' }, { country: 'TH', en: 'Bangkok', ko: '방콕' },
  { country: 'MN', en: 'Ulaanbaatar', ko: '울란바토르' }, { country: 'RU', en: 'Vladivostok', ko: '블라디보스토크' },
  { country: 'UZ', en: 'Tashkent', ko: '타슈켄트' }, { country: 'NP', en: 'Kathmandu', ko: '카트만두' },
  { country: 'AE', en: 'Dubai', ko: '두바이' }, { country: 'BD', en: 'Dhaka', ko: '다카' },
] as const

type Slots = { place: string; hours: number; wage: number; room: number; year: number; outings: number; share: number }

export const SENTENCES: { en: (s: Slots) => string; ko: (s: Slots) => string }[] = [
  { en: (s) => `Shifts at the restaurant in ${s.place} ran up to ${s.hours} hours a day.`, ko: (s) => `${s.place}의 식당에서 하루 최대 ${s.hours}시간씩 일했다.` },
  { en: (s) => `The monthly wage was about ${s.wage} US dollars, most of it sent to the state.`, ko: (s) => `월급은 약 ${s.wage}달러였고 대부분은 국가에 바쳐졌다.` },
  { en: (s) => `${s.room} women shared one room in the accommodation above the dining hall.`, ko: (s) => `여성 ${s.room}명이 식당 위층 숙소의 한 방을 함께 썼다.` },
  { en: (s) => `Workers went out ${s.outings} times a month, always as a group and never alone.`, ko: (s) => `외출은 한 달에 ${s.outings}번, 언제나 단체로만 허락되었다.` },
  { en: () => 'Tips from customers had to be handed to the manager, and hiding them was punished.', ko: () => '손님에게 받은 팁은 모두 책임자에게 바쳐야 했고, 숨기면 처벌을 받았다.' },
  { en: () => 'Passports were held by the manager from the day the workers arrived.', ko: () => '노동자들이 도착한 날부터 여권은 책임자가 보관했다.' },
  { en: () => 'A minder sat in the dining room and watched both the staff and the guests.', ko: () => '감시원이 식당에 상주하며 직원과 손님을 모두 감시했다.' },
  { en: () => 'Phones were forbidden, and letters home passed through the manager first.', ko: () => '휴대전화는 금지되었고 집으로 보내는 편지는 먼저 책임자를 거쳤다.' },
  { en: (s) => `In ${s.year} the staff were told that the restaurant would be closed and everyone sent home.`, ko: (s) => `${s.year}년 직원들은 식당이 문을 닫고 모두 송환될 것이라는 말을 들었다.` },
  { en: () => 'Recruitment favoured young women from families judged loyal, after months of training.', ko: () => '선발은 충성스러운 가정 출신의 젊은 여성을 우선했고 몇 달간의 교육이 뒤따랐다.' },
  { en: (s) => `About ${s.share} percent of the takings were said to go to the authorities in Pyongyang.`, ko: (s) => `수입의 약 ${s.share}퍼센트가 평양의 당국으로 간다고 했다.` },
  { en: () => 'Self-criticism sessions were held every week, and mistakes were recorded.', ko: () => '매주 자아비판 모임이 열렸고 실수는 기록되었다.' },
  { en: () => 'Some workers made friends with South Korean customers, which the minders feared most.', ko: () => '일부 노동자는 한국인 손님과 친해졌고, 감시원들은 그것을 가장 두려워했다.' },
  { en: () => 'Performances of song and dance in the evening were part of every working day.', ko: () => '저녁마다 노래와 춤 공연이 일과의 일부였다.' },
  { en: () => 'Rest days were rare; on most of them the staff cleaned or rehearsed.', ko: () => '휴일은 드물었고, 대부분 청소나 공연 연습으로 보냈다.' },
]

export const TITLES: { en: (place: string, year: number) => string; ko: (place: string, year: number) => string }[] = [
  { en: (p, y) => `Long days above a restaurant in ${p} (${y})`, ko: (p, y) => `${p} 식당 위층에서 보낸 긴 나날 (${y})` },
  { en: (p) => `Wages that went to the state: ${p}`, ko: (p) => `국가로 간 월급: ${p}` },
  { en: (p) => `Watched in the dining room in ${p}`, ko: (p) => `${p}의 식당에서 감시받으며` },
  { en: (p, y) => `One outing a month in ${p}, ${y}`, ko: (p, y) => `${y}년 ${p}, 한 달에 한 번의 외출` },
  { en: (p) => `Tips handed to the manager in ${p}`, ko: (p) => `${p}에서 책임자에게 바친 팁` },
]

export const RESTAURANT_NAMES = [
  { en: 'Pyongyang Okryu', ko: '평양옥류관', alt: ['Okryu-gwan', '玉流館'] },
  { en: 'Koryo Restaurant', ko: '고려식당', alt: ['Goryeo Restaurant', '高麗館'] },
  { en: 'Haedanghwa', ko: '해당화', alt: ['Haedanghwa Hall', '海棠花'] },
  { en: 'Pyongyang Moranbong', ko: '평양모란봉', alt: ['Moranbong', '牡丹峰'] },
  { en: 'Rungra Restaurant', ko: '릉라식당', alt: ['Neungna', '綾羅'] },
  { en: 'Arirang House', ko: '아리랑관', alt: ['Arirang', '阿里郎'] },
] as const

export type { Slots }
