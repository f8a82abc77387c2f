import { basename } from 'node:path';
import { DASH, isDigit } from '../document/chars.js';

/**
 * The language and region codes ICU names in English, all of them (a test enumerates ICU's): a code is
 * told a locale from them without Intl.DisplayNames, whose first use loads ICU's display-name data,
 * which costs a small pull request's run more than its check. When Node's ICU names other codes, the
 * test shows which.
 */
export const TWO_LETTER_LANGUAGES = new Set(
  'aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik in io is it iu iw ja ji jv jw ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mo mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg sh si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu'.split(' '),
);
export const THREE_LETTER_LANGUAGES = new Set(
  (
    'aar abk ace ach ada adp ady aeb afh afr agq ain ajt aju aka akk akz alb ale aln als alt amh ang ann ' +
    'anp ara arb arc arg arm arn aro arp arq ars arw ary arz asa ase asm ast atj ava ave avk awa aym ayr ' +
    'aze azj bak bal bam ban baq bar bas bax bbc bbj bcc bcl bej bel bem ben bew bez bfd bfq bgc bgn bho ' +
    'bih bik bin bis bjn bkm bla blg blo blt bod bos bpy bqi bra bre brh brx bss bua bug bul bum bur bxk ' +
    'bxr byn byv cad car cat cay cch ccp ceb ces cgg cha chb che chg chi chk chm chn cho chp chr chu chv ' +
    'chy cic ckb clc cld cls cmn cnr cop cor cos cps cre crg crh crj crk crl crm crr crs csb csw cwd cym ' +
    'cze dak dan dar dav del den deu dgo dgr dhd dik din diq div dje doi drh drw dsb dtp dua dum dut dyo ' +
    'dyu dzg dzo ebu efi egl egy eka ekk ell elx emk eng enm epo esk est esu eus ewe ewo ext fan fao fas ' +
    'fat fij fil fin fit fon fra frc fre frm fro frp frr frs fry fuc ful fur gaa gag gan gay gaz gba gbo ' +
    'gbz geo ger gez gil gla gle glg glk glv gmh gno goh gom gon gor got grb grc gre grn gsw guc gug guj ' +
    'gur guz gwi gya hai hak hat hau haw hax hbs hdn hea heb her hif hil hin hit hmn hmo hnj hrv hsb hsn ' +
    'hun hup hur hye iba ibb ibo ice ido iii ike ikt iku ile ilo ina ind inh ipk isl ita izh jam jav jaw ' +
    'jbo jgo jmc jpn jpr jrb jut kaa kab kac kaj kal kam kan kas kat kau kaw kaz kbd kbl kcg kde kea kek ' +
    'ken kfo kgp kha khk khm kho khq khw kik kin kir kiu kkj kln kmb kmr knc kng koi kok kom kon kor kos ' +
    'kpe kpv krc kri krj krl kru ksb ksf ksh ktr kua kum kur kut kwk kxl kxv kzj kzt lad lag lah lam lao ' +
    'lat lav lez lfn lij lil lim lin lit liv lkt lmo lol lou loz lrc lsm ltg ltz lua lub lug lui lun luo ' +
    'lus luy lvs lzh lzz mac mad maf mag mah mai mak mal man mao mar mas may mde mdf mdr men mer mfe mga ' +
    'mgh mgo mhr mic min mkd mlg mlt mnc mni moe moh mol mon mos mri mrj msa mua mul mup mus mwl mwr mwv ' +
    'mya mye myv mzn nan nap naq nau nav nbl nde ndo nds nep new nia niu njo nld nmg nnh nno nob nog non ' +
    'nor nov npi nqo nso nus nwc nya nym nyn nyo nzi oci ojb ojc ojg oji ojs ojw oka ori orm ory osa oss ' +
    'ota pag pal pam pan pap pau pbu pcd pcm pdc pdt peo per pes pfl phn pis pli plt pmk pms pnb pnt pol ' +
    'pon por pqm prg pro prp prs pus quc que qug quz raj rap rar rgn rhg rif rmy rof roh rom ron rtm rue ' +
    'rug rum run rup rus rwk sad sag sah sam san saq sas sat saz sba sbp scc scn sco scr sdc sdh see seh ' +
    'sei sel ses sga sgs shi shn shu sid sin slh sli slk slo slv sly sma smd sme smj smn smo sms sna snb ' +
    'snd snk sog som sot spa spy sqi src srd srn srp srr ssw ssy stq str suk sun sus sux swa swb swc swe ' +
    'swh syc syr szl tah tam tat tce tcy tdu tel tem teo ter tet tgk tgl tgx tha tht tib tig tir tiv tkl ' +
    'tkr tlh tli tly tmh tnf tog tok ton tpi tru trv trw tsd tsi tsn tso ttm ttq ttt tuk tum tur tvl twi ' +
    'twq tyv tzm udm uga uig ukr umb umu urd uzb uzn vai vec ven vep vie vls vmf vmw vol vot vro vun wae ' +
    'wal war was wbp wel wln wol wuu xal xho xmf xnr xog xpe xsl yao yap yav ybb ydd yid yor yrl yue zai ' +
    'zap zbl zea zen zgh zha zho zsm zul zun zxx zyb zza'
  ).split(' '),
);
export const TWO_LETTER_REGIONS = new Set(
  'AC AD AE AF AG AI AL AM AN AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BU BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CP CQ CR CS CU CV CW CX CY CZ DD DE DG DJ DK DM DO DY DZ EA EC EE EG EH ER ES ET EU EZ FI FJ FK FM FO FR FX GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU HV IC ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NH NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA QO RE RH RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SU SV SX SY SZ TA TC TD TF TG TH TJ TK TL TM TN TO TP TR TT TV TW TZ UA UG UK UM UN US UY UZ VA VC VD VE VG VI VN VU WF WS XA XB XK YD YE YT YU ZA ZM ZR ZW ZZ'.split(' '),
);
export const NUMERIC_REGIONS = new Set('001 002 003 005 009 011 013 014 015 017 018 019 021 029 030 034 035 039 053 054 057 061 142 143 145 150 151 154 155 202 419'.split(' '));

/** Whether ICU names the (lower-case) language and (upper-case) region. */
function namedByIcu(language: string, region: string): boolean {
  return (language.length === 2 ? TWO_LETTER_LANGUAGES : THREE_LETTER_LANGUAGES).has(language) && (isDigit(region.charCodeAt(0)) ? NUMERIC_REGIONS : TWO_LETTER_REGIONS).has(region);
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
