/**
 * The publish guard's built-in patterns: details that name a person when written next to one
 * another in a small restaurant's story. They are matched against the normalised text
 * (lower case, accents dropped, full-width forms folded; see normalizeText) and against the
 * text as written. Editors add more in the admin panel (`guard-rules`) without a code change.
 */
export type GuardRule = {
  /** Stable name, used by tests and in the audit trail. */
  id: string
  /** What was found, as shown to the editor next to the field. */
  label: string
  /** A JavaScript regular expression source, compiled with the `iu` flags. */
  pattern: string
}

const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)'
const DAY = '(?:3[01]|[12]\\d|0?[1-9])'
const MONTH_NUMBER = '(?:1[0-2]|0?[1-9])'
const ORDINAL = '(?:st|nd|rd|th)?'
const NOT_AFTER_DIGIT = '(?<![\\p{N}])'
const NOT_BEFORE_DIGIT = '(?![\\p{N}])'
/** A dot, or the "(dot)" people write to dodge address harvesters. */
const DOT = '(?:\\.|\\s*[\\[(]\\s*dot\\s*[\\])]\\s*)'

export const BUILT_IN_GUARD_RULES: readonly GuardRule[] = [
  // ---- a day and a month: the day of an escape or a departure names the people in it
  {
    id: 'date-day-month',
    label: 'a full date (day and month)',
    pattern: `${NOT_AFTER_DIGIT}${DAY}${ORDINAL}\\s*(?:of\\s+)?${MONTH}\\.?(?![\\p{Script=Latin}])`,
  },
  {
    id: 'date-month-day',
    label: 'a full date (month and day)',
    pattern: `(?<![\\p{Script=Latin}])${MONTH}\\.?\\s*${DAY}${ORDINAL}${NOT_BEFORE_DIGIT}`,
  },
  {
    id: 'date-numeric-ymd',
    label: 'a full date (year-month-day)',
    pattern: `${NOT_AFTER_DIGIT}\\d{4}\\s*[-./]\\s*${MONTH_NUMBER}\\s*[-./]\\s*${DAY}${NOT_BEFORE_DIGIT}`,
  },
  {
    id: 'date-numeric-dmy',
    label: 'a full date (day/month/year)',
    pattern: `(?<![\\p{N}./-])${DAY}\\s*[-./]\\s*${DAY}\\s*[-./]\\s*(?:\\d{4}|\\d{2})${NOT_BEFORE_DIGIT}`,
  },
  {
    id: 'date-korean',
    label: 'a full date (월 일)',
    pattern: `${NOT_AFTER_DIGIT}${MONTH_NUMBER}\\s*월\\s*${DAY}\\s*일`,
  },
  {
    id: 'date-hanzi',
    label: 'a full date (月 日)',
    pattern: `${NOT_AFTER_DIGIT}${MONTH_NUMBER}\\s*月\\s*${DAY}\\s*[日号號]`,
  },
  // ---- ways to reach a person
  {
    id: 'phone-international',
    label: 'a phone number',
    pattern: `${NOT_AFTER_DIGIT}(?:\\+|00)\\s*\\d{1,3}(?:[\\s.()-]{0,2}\\d){6,14}${NOT_BEFORE_DIGIT}`,
  },
  {
    id: 'phone-grouped',
    label: 'a phone number',
    pattern: `${NOT_AFTER_DIGIT}\\(?\\d{2,4}\\)?[\\s.-]\\d{3,4}[\\s.-]\\d{4}${NOT_BEFORE_DIGIT}`,
  },
  {
    id: 'long-number',
    label: 'a long number (phone, passport, ID or account number)',
    pattern: `${NOT_AFTER_DIGIT}\\d{9,}${NOT_BEFORE_DIGIT}`,
  },
  {
    id: 'email',
    label: 'an email address',
    // The lookbehind starts a match only where a word starts: without it, a long run of
    // letters and dots is rescanned from every position, which takes seconds.
    pattern: `(?<![\\p{L}\\p{N}._%+-])[\\p{L}\\p{N}._%+-]+\\s*(?:@|[\\[(]\\s*(?:at|골뱅이)\\s*[\\])])\\s*[\\p{L}\\p{N}-]+(?:${DOT}[\\p{L}\\p{N}-]+)*${DOT}\\p{L}{2,}`,
  },
  {
    id: 'handle',
    label: 'a messaging or social-media handle (@name)',
    pattern: '(?<![\\p{L}\\p{N}._%+-])@[\\p{L}\\p{N}_.]{2,}',
  },
  {
    id: 'messenger-id',
    label: 'a messenger ID (WeChat, KakaoTalk, LINE, Telegram, WhatsApp, QQ…)',
    pattern:
      '(?<![\\p{Script=Latin}])(?:we\\s*chat|weixin|wx|kakao\\s*talk|kakao|telegram|tg|whats\\s*app|signal|qq|viber|skype|zalo|imo)\\s*(?:id|handle|account|user\\s*name|username|number|no\\.?|#)(?![\\p{Script=Latin}])',
  },
  {
    id: 'messenger-id-line',
    label: 'a messenger ID (LINE)',
    pattern: '(?<![\\p{Script=Latin}])line\\s*(?:id|account|user\\s*name|username)(?![\\p{Script=Latin}])',
  },
  {
    id: 'messenger-id-colon',
    label: 'a messenger ID (WeChat, KakaoTalk, Telegram, WhatsApp, QQ…)',
    pattern:
      '(?<![\\p{Script=Latin}])(?:we\\s*chat|weixin|wx|kakao\\s*talk|kakao|telegram|whats\\s*app|signal|qq|viber|skype|zalo)\\s*[:=]\\s*\\S+',
  },
  {
    id: 'messenger-id-korean',
    label: 'a messenger ID (카톡, 위챗, 텔레그램…)',
    pattern:
      '(?:카톡|카카오톡|카카오|위챗|웨이신|텔레그램|텔레|라인|왓츠앱|왓츠업|왓츠|시그널|큐큐|바이버|스카이프)\\s*(?:아이디|id|계정|닉네임|핸들|번호|주소)',
  },
  {
    id: 'messenger-id-hanzi',
    label: 'a messenger ID (微信, QQ号…)',
    pattern: '(?:微信|微信号|qq号|qq\\s*號|飞信|飛信)\\s*(?:号|號|id|[:=])?',
  },
  {
    id: 'social-link',
    label: 'a link to a social-media profile',
    pattern:
      '(?<![\\p{L}\\p{N}.-])(?:https?:\\/\\/)?(?:[\\p{L}\\p{N}-]+\\.)*(?:facebook\\.com|fb\\.com|fb\\.me|fb\\.watch|messenger\\.com|m\\.me|instagram\\.com|instagr\\.am|twitter\\.com|x\\.com|vk\\.com|vk\\.ru|vkontakte\\.ru|ok\\.ru|weibo\\.com|weibo\\.cn|kakao\\.com|kakaocorp\\.com|t\\.me|telegram\\.me|telegram\\.dog|tiktok\\.com|douyin\\.com|linkedin\\.com|line\\.me|wa\\.me|whatsapp\\.com|snapchat\\.com|threads\\.net|threads\\.com|xiaohongshu\\.com|xhslink\\.com|bilibili\\.com|band\\.us|blog\\.naver\\.com|cafe\\.naver\\.com|cafe\\.daum\\.net|blog\\.daum\\.net|tumblr\\.com|pinterest\\.com|qzone\\.qq\\.com|douban\\.com|zhihu\\.com|signal\\.me|signal\\.group|discord\\.gg|bsky\\.app|mastodon\\.social)(?![\\p{L}\\p{N}-])\\S*',
  },
  {
    id: 'social-link-youtube',
    label: 'a link to a social-media profile',
    pattern: '(?<![\\p{L}\\p{N}.-])(?:https?:\\/\\/)?(?:[\\p{L}\\p{N}-]+\\.)*youtube\\.com\\/(?:@|c\\/|channel\\/|user\\/)\\S*',
  },
]
