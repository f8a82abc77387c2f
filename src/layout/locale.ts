import { basename } from 'node:path';
import { DASH } from '../document/chars.js';

/**
 * The two-letter language codes and regions ICU names in English, which nearly every locale folder
 * uses: asked of Intl.DisplayNames, the first lookup loads ICU's display-name data, which costs a
 * small pull request's run more than its check. Codes outside them are still asked of ICU; a test
 * checks that ICU names each code here, so the answer is ICU's either way.
 */
export const TWO_LETTER_LANGUAGES = new Set(
  'aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik in io is it iu iw ja ji jv jw ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mo mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg sh si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu'.split(' '),
);
export const TWO_LETTER_REGIONS = new Set(
  'AC AD AE AF AG AI AL AM AN AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BU BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CP CQ CR CS CU CV CW CX CY CZ DD DE DG DJ DK DM DO DY DZ EA EC EE EG EH ER ES ET EU EZ FI FJ FK FM FO FR FX GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU HV IC ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NH NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA QO RE RH RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SU SV SX SY SZ TA TC TD TF TG TH TJ TK TL TM TN TO TP TR TT TV TW TZ UA UG UK UM UN US UY UZ VA VC VD VE VG VI VN VU WF WS XA XB XK YD YE YT YU ZA ZM ZR ZW ZZ'.split(' '),
);
let displayNames: { language: Intl.DisplayNames; region: Intl.DisplayNames } | null = null;

/** Whether ICU names the (lower-case) language and (upper-case) region, from the tables when it can. */
function namedByIcu(language: string, region: string): boolean {
  if (TWO_LETTER_LANGUAGES.has(language) && TWO_LETTER_REGIONS.has(region)) return true;
  displayNames ??= {
    language: new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' }),
    region: new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' }),
  };
  return displayNames.language.of(language) !== undefined && displayNames.region.of(region) !== undefined;
}
const SHAPE = /^([a-z]{2,3})(?:-([A-Za-z]{4}))?-([A-Za-z]{2}|\d{3})$/i;
const cache = new Map<string, string | null>();

/**
 * The canonical form (`zh-CN`, `sr-Latn-RS`) of a path segment that is a locale code, else null.
 * Both the language and the region must be ones ICU knows, so `go-to` or `my-db` are not locales.
 */
export function asLocale(segment: string): string | null {
  // SHAPE asks for 5 to 12 characters with a `-` after the 2- or 3-letter language: most segments
  // are told apart at sight, without hashing them for the cache.
  if (!mayBeLocale(segment, 0, segment.length)) return null;
  let known = cache.get(segment);
  if (known !== undefined) return known;
  known = null;
  const m = SHAPE.exec(segment);
  if (m) {
    const language = m[1]!.toLowerCase();
    const script = m[2] ? m[2][0]!.toUpperCase() + m[2].slice(1).toLowerCase() : undefined;
    const region = m[3]!.toUpperCase();
    if (namedByIcu(language, region)) {
      known = [language, script, region].filter(Boolean).join('-');
    }
  }
  cache.set(segment, known);
  return known;
}

/** Whether text[start, end) has a locale code's length and its first `-` where SHAPE can have it. */
export function mayBeLocale(text: string, start: number, end: number): boolean {
  const length = end - start;
  return length >= 5 && length <= 12 && (text.charCodeAt(start + 2) === DASH || text.charCodeAt(start + 3) === DASH);
}

export interface PathLocale {
  locale: string;
  /** Index of the locale segment in the path's `/`-separated segments. */
  segmentIndex: number;
}

const byFolder = new Map<string, PathLocale | null>();

/** The last path segment of a folder that is a locale code (`docs/zh-cn/x.md` → zh-CN). */
export function localeOfPath(path: string): PathLocale | null {
  // Only the folders count, and files share them: each folder is read once.
  const folder = path.slice(0, Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  let found = byFolder.get(folder);
  if (found === undefined) {
    found = null;
    const segments = folder.split(/[\\/]/);
    for (let i = segments.length - 2; i >= 0; i--) {
      const locale = asLocale(segments[i]!);
      if (locale !== null) {
        found = { locale, segmentIndex: i };
        break;
      }
    }
    byFolder.set(folder, found);
  }
  return found;
}

const SUFFIX = /^(.*)\.([A-Za-z]{2,3}(?:-[A-Za-z]{4})?-(?:[A-Za-z]{2}|\d{3}))\.md$/i;

/** `article.zh-CN.md` → stem `article`, locale zh-CN; null when the name carries no locale. */
export function suffixLocale(fileName: string): { stem: string; locale: string } | null {
  const m = SUFFIX.exec(fileName);
  const locale = m ? asLocale(m[2]!) : null;
  return m && locale !== null ? { stem: m[1]!, locale } : null;
}

/** The locale a path names: a locale folder, else a `name.<locale>.md` suffix; null when neither. */
export function localeFromPath(path: string): string | null {
  return localeOfPath(path)?.locale ?? suffixLocale(basename(path))?.locale ?? null;
}
