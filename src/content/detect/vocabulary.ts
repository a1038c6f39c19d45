/**
 * Policy vocabulary in a text sample: which concepts of a privacy policy it
 * touches, how often it states a data practice in the first person, and how much
 * it reads like terms of service or news instead. Pure: runs on a string.
 */
import { countMatches } from '../../classifier/policy/count';

/**
 * Concepts a privacy policy covers (EN / NL / DE / FR); a group counts once.
 * `\b` knows only ASCII letters, so words that start with an umlaut are matched
 * from the letter after it ("nderung" for Änderung) and words that end in "é"
 * make it optional ("s[ée]curit[ée]?").
 */
const POLICY_GROUPS: readonly RegExp[] = [
  // personal data
  /\b(?:personal (?:data|information)|personally identifiable|persoonsgegevens|persoonlijke (?:gegevens|informatie)|personenbezogene\w* daten|donn[ée]es (?:personnelles|à caractère personnel))\b/i,
  // controller / DPO
  /\b(?:controller|data protection officer|verwerkingsverantwoordelijke|functionaris (?:voor de )?gegevensbescherming|verantwortliche\w*|datenschutzbeauftragte\w*|responsable (?:du|de) traitement|d[ée]l[ée]gu[ée] à la protection)\b/i,
  // data protection law
  /\b(?:GDPR|General Data Protection Regulation|AVG|Algemene Verordening Gegevensbescherming|DS-?GVO|Datenschutz-Grundverordnung|RGPD|CCPA|data protection (?:law|act|legislation))\b/i,
  // legal basis
  /\b(?:(?:legal|lawful) basis|legitimate interests?|grondslag|gerechtvaardigde? belang|rechtsgrundlage|berechtigte\w* interesse\w*|base (?:l[ée]gale|juridique)|int[ée]r[êe]t l[ée]gitime)\b/i,
  // data subject rights
  /\b(?:right (?:of|to) (?:access|rectification|erasure|object|portability|be forgotten)|data portability|recht op (?:inzage|rectificatie|correctie|verwijdering|vergetelheid|bezwaar|dataportabiliteit|overdraagbaarheid)|recht auf (?:auskunft|berichtigung|l[öo]schung|daten[üu]bertragbarkeit|widerspruch|einschr[äa]nkung)|droit (?:d'acc[èe]s|de rectification|à l'effacement|d'opposition|à la portabilit[ée]?))\b/i,
  // retention
  /\b(?:retain|retention|keep your (?:personal )?(?:data|information)|how long we|bewaartermijn\w*|bewaren|speicherdauer|aufbewahr\w*|dur[ée]e de conservation|conservons)\b/i,
  // recipients
  /\b(?:third[- ]part(?:y|ies)|service providers?|processors?|derden|verwerkers?|verwerkersovereenkomst|dritte\w*|auftragsverarbeit\w*|empf[äa]nger|tiers|sous-traitants?|destinataires)\b/i,
  // cookies and tracking technologies
  /\b(?:cookies?|web ?beacons?|pixel tags?|tracking technolog\w*|webbakens?|analytics)\b/i,
  // complaint to the authority
  /\b(?:supervisory authority|data protection authority|Autoriteit Persoonsgegevens|toezichthouder|aufsichtsbeh[öo]rde|CNIL|Information Commissioner|lodge a complaint|klacht indienen|beschwerderecht)\b/i,
  // security
  /\b(?:(?:appropriate|technical and organi[sz]ational|security) measures|beveiligingsmaatregelen|passende (?:technische|maatregelen)|technische und organisatorische|mesures de s[ée]curit[ée]?)\b/i,
  // children
  /\b(?:children|minors|under the age of|kinderen|minderjarig\w*|kinder|minderj[äa]hrig\w*|mineurs)\b/i,
  // changes to this policy
  /\b(?:(?:changes to|update) (?:this|our) (?:privacy )?(?:policy|notice|statement)|wijzigingen (?:in|van) (?:deze|dit|onze?) \w+|nderung\w* (?:dieser|unserer) datenschutz\w*|modifications? de (?:la|cette|notre) politique)\b/i,
  // international transfer
  /\b(?:outside (?:the )?(?:EEA|European (?:Economic Area|Union))|standard contractual clauses|buiten de (?:EER|Europese)|doorgifte|drittl[äa]nd\w*|standardvertragsklauseln|transferts? (?:hors|en dehors))\b/i,
  // the page calls itself a policy
  /\b(?:(?:this|our) (?:privacy|cookie) (?:policy|notice|statement)|(?:deze|dit|onze?) (?:privacyverklaring|privacybeleid|privacystatement|cookieverklaring|cookiebeleid)|(?:diese[rn]?|unsere[rn]?) datenschutz(?:erkl[äa]rung|hinweise|richtlinie)|(?:la présente|cette|notre) politique de confidentialit[ée]?)\b/i,
];

/** First-person (or passive) statements of a data practice: what a policy is made of. */
const PRACTICE =
  /\b(?:(?:we|us)\b[^.\n]{0,40}?\b(?:collect|process|use|store|share|disclose|retain|receive|obtain|gather|sell|transfer|keep)|(?:wij|we)\b[^.\n]{0,40}?\b(?:verzamel|verwerk|gebruik|bewaar|deel|delen|verstrek|ontvang|verko|vraag|vragen)|(?:persoonsgegevens|gegevens|informatie)\b[^.\n]{0,60}?\b(?:verwerkt|bewaard|gedeeld|verzameld|gebruikt|verstrekt|opgeslagen)\b|wir\b[^.\n]{0,40}?\b(?:erheben|verarbeiten|nutzen|verwenden|speichern|erfassen|bermitteln|weitergeben|geben)|daten\b[^.\n]{0,60}?\b(?:verarbeitet|gespeichert|erhoben|bermittelt|weitergegeben|genutzt|verwendet)\b|nous\b[^.\n]{0,40}?\b(?:collect|trait|utilis|conserv|partage|transf|recueill))/gi;

/** Terms-of-service concepts; a group counts only when it recurs. */
const TERMS_GROUPS: readonly RegExp[] = [
  /\b(?:terms (?:of (?:service|use)|and conditions)|algemene (?:leverings)?voorwaarden|gebruiksvoorwaarden|AGB|allgemeine\w* gesch[äa]ftsbedingungen|nutzungsbedingungen|conditions g[ée]n[ée]rales)\b/gi,
  /\b(?:you agree|by (?:using|accessing)|ga(?:at)? (?:je|u) akkoord|akkoord met|sie stimmen|vous acceptez)\b/gi,
  /\b(?:liab(?:le|ility)|indemnif\w*|aansprakelijk\w*|vrijwaring|haft(?:ung|en|et)|responsabilit[ée]?)\b/gi,
  /\b(?:governing law|jurisdiction|toepasselijk recht|bevoegde rechter|geschillen|gerichtsstand|anwendbares recht|droit applicable|tribunaux)\b/gi,
  /\b(?:terminat(?:e|ion)|opzeg\w*|ontbind\w*|k[üu]ndig\w*|r[ée]siliation)\b/gi,
  /\b(?:intellectual property|intellectuele eigendom\w*|geistige\w* eigentum\w*|propri[ée]t[ée] intellectuelle)\b/gi,
  /\b(?:warrant(?:y|ies)|right of withdrawal|herroepingsrecht|garantie|widerrufs\w*|gew[äa]hrleistung|droit de r[ée]tractation)\b/gi,
  /\b(?:delivery|levering\w*|lieferung|livraison)\b/gi,
];

/** Reporting words of news and blog prose. */
const REPORTING = /\b(?:said|says|told|according to|spokesperson|spokes(?:man|woman)|zei|zegt|aldus|woordvoerder|liet weten|sagte|sagt|sprecher(?:in)?|teilte mit)\b/gi;

export interface Vocabulary {
  words: number;
  /** Distinct policy concepts found (0..POLICY_GROUP_COUNT). */
  policyGroups: number;
  /** First-person or passive statements of data practices. */
  practices: number;
  /** Distinct terms-of-service concepts that recur. */
  termsGroups: number;
  /** Reporting verbs ("said", "aldus", "sagte") per 1,000 words. */
  reportingPerThousand: number;
}

export const POLICY_GROUP_COUNT = POLICY_GROUPS.length;

function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const space = code <= 32 || code === 160;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

export function measureVocabulary(text: string): Vocabulary {
  const words = countWords(text);
  const policyGroups = POLICY_GROUPS.filter((group) => group.test(text)).length;
  const practices = countMatches(PRACTICE, text, 50);
  const termsGroups = TERMS_GROUPS.filter((group) => countMatches(group, text, 2) >= 2).length;
  const reporting = countMatches(REPORTING, text, 1000);
  return {
    words,
    policyGroups,
    practices,
    termsGroups,
    reportingPerThousand: words === 0 ? 0 : (reporting * 1000) / words,
  };
}
