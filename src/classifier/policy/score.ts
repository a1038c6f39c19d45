/**
 * Policy-likeness: is this text an organisation's privacy policy? A hand-weighted
 * logistic score over the density of policy vocabulary, the organisation speaking
 * about its own processing ("we collect", "wij verwerken"), policy-topic headings and
 * length, against contract vocabulary (terms of service) and reporting vocabulary
 * (news and blogs about privacy). URL and title signals, when given, nudge it.
 */
import { titleLooksLikePolicy, titleLooksLikeTerms, urlLooksLikeNonPolicy, urlLooksLikePolicy } from './signals';
import { countMatches } from './count';

export interface PolicyInput {
  text: string;
  /** Heading lines of the text (policies are organised by topic). */
  headings: readonly string[];
  url?: string;
  title?: string;
}

export interface PolicyScore {
  score: number;
  isPolicy: boolean;
}

const L = '(?<!\\p{L})';
const R = '(?!\\p{L})';
const words = (alternatives: string): RegExp => new RegExp(`${L}(?:${alternatives})${R}`, 'giu');

const VOCABULARY = words([
  'personal (?:data|information)', 'persoonsgegevens', 'persoonlijke (?:gegevens|informatie)', 'personenbezogenen? daten',
  'donn[ée]es (?:[àa] caract[èe]re )?personnelles', 'privacy', 'datenschutz', 'confidentialit[ée]', 'gdpr', 'avg', 'dsgvo', 'rgpd',
  'controller', 'verwerkingsverantwoordelijke', 'verantwortliche[rn]?', 'responsable (?:du|de) traitement', 'processors?',
  'verwerkers?', 'auftragsverarbeit\\p{L}*', 'sous-traitants?', 'data protection officer', 'functionaris (?:voor )?gegevensbescherming',
  'datenschutzbeauftragte[rn]?', 'd[ée]l[ée]gu[ée] [àa] la protection', 'retention', 'retain', 'bewaartermijn\\p{L}*', 'bewaren',
  'speicherdauer', 'cookies?', 'third[- ]part(?:y|ies)', 'derden', 'dritte[n]?', 'tiers', 'legal basis', 'rechtsgrond(?:slag)?',
  'rechtsgrundlage', 'base l[ée]gale', 'legitimate interests?', 'gerechtvaardigd(?:e)? belang', 'berechtigte[sn]? interesse',
  'int[ée]r[êe]t l[ée]gitime', 'consent', 'toestemming', 'einwilligung', 'consentement', 'supervisory authority',
  'autoriteit persoonsgegevens', 'aufsichtsbeh[öo]rde', 'cnil', 'right (?:to|of) (?:access|erasure|rectification|object|portability)',
  'recht op (?:inzage|verwijdering|rectificatie|bezwaar|dataportabiliteit|overdraagbaarheid)', 'auskunft', 'widerspruch', 'l[öo]schung',
  "droit d'acc[èe]s", "droit (?:de|d') (?:rectification|opposition|effacement)", 'processing', 'verwerking', 'verwerken',
  'verarbeitung', 'traitement', 'opt[- ]out', 'ip[- ]address', 'ip-adres', 'ip-adresse', 'adresse ip',
].join('|'));

/** The organisation speaking about its own handling of data. */
const VOICE = words([
  '(?:we|wij) (?:\\p{L}+ ){0,2}(?:collect|process|use|share|store|retain|disclose|receive|obtain|gather|keep|transfer|sell|verzamel|verwerk|gebruik|deel|del|bewaar|verstrek|ontvang|sla)\\p{L}*',
  '(?:verzamelen|verwerken|gebruiken|delen|bewaren|verstrekken|ontvangen) (?:we|wij)',
  'wir (?:\\p{L}+ ){0,2}(?:erheben|verarbeiten|speichern|nutzen|verwenden|erfassen|geben|übermitteln)',
  'nous (?:\\p{L}+ ){0,2}(?:collectons|traitons|utilisons|partageons|conservons|recueillons)',
  'your (?:personal )?(?:data|information)', 'uw (?:persoons)?gegevens', 'je (?:persoons)?gegevens', 'ihre (?:personenbezogenen )?daten',
  'vos donn[ée]es', 'this (?:privacy )?(?:policy|notice|statement)', 'deze privacyverklaring', 'dit privacybeleid', 'deze privacy',
  'diese datenschutzerkl[äa]rung', 'la pr[ée]sente politique',
].join('|'));

/** The legal core of a policy under the GDPR and its national versions; posts about privacy rarely use it. */
const LEGAL_CORE = words([
  'controller', 'verwerkingsverantwoordelijke', 'verantwortliche[rn]?', 'responsable (?:du|de) traitement', 'processors?',
  'verwerkers?', 'auftragsverarbeit\\p{L}*', 'sous-traitants?', 'data protection officer', 'functionaris (?:voor )?gegevensbescherming',
  'datenschutzbeauftragte[rn]?', 'd[ée]l[ée]gu[ée] [àa] la protection', 'legal basis', 'lawful basis', 'rechtsgrond(?:slag)?',
  'grondslag(?:en)?', 'rechtsgrundlage', 'base l[ée]gale', 'legitimate interests?', 'gerechtvaardigd(?:e)? belang',
  'berechtigte[sn]? interesse', 'int[ée]r[êe]t l[ée]gitime', 'retention (?:period|periods)', 'retain', 'bewaartermijn\\p{L}*',
  'bewaren (?:wij|we)', 'speicherdauer', 'dur[ée]e de conservation', 'supervisory authority', 'autoriteit persoonsgegevens',
  'aufsichtsbeh[öo]rde', 'cnil', 'right (?:to|of) (?:access|erasure|rectification|object|portability|restrict)',
  'recht op (?:inzage|verwijdering|rectificatie|bezwaar|dataportabiliteit|overdraagbaarheid|beperking)', 'recht auf (?:auskunft|l[öo]schung|berichtigung)',
  "droit d'acc[èe]s", "droit (?:de|d') (?:rectification|opposition|effacement)", 'data subjects?', 'betrokkenen?', 'betroffene[rn]?',
  'personnes concern[ée]es', 'third[- ]part(?:y|ies)', 'derden', 'dritte[n]?', 'tiers', 'standard contractual clauses',
  'modelcontractbepalingen', 'standardvertragsklauseln', 'clauses contractuelles types',
].join('|'));

/** Contract vocabulary: dominates terms of service / algemene voorwaarden / AGB. */
const CONTRACT = words([
  'liab(?:le|ility)', 'aansprakelijk\\p{L}*', 'haftung', 'haften', 'responsabilit[ée]', 'warrant(?:y|ies)', 'garantie\\p{L}*',
  'governing law', 'toepasselijk recht', 'anwendbares recht', 'droit applicable', 'terms of (?:service|use)', 'algemene voorwaarden',
  'gebruiksvoorwaarden', 'agb', 'gesch[äa]ftsbedingungen', 'conditions g[ée]n[ée]rales', 'indemnif\\p{L}*', 'vrijwar\\p{L}*',
  'disputes?', 'geschil(?:len)?', 'arbitration', 'terminat(?:e|ion)', 'opzeg\\p{L}*', 'k[üu]ndigung', 'payments?', 'betaling\\p{L}*',
  'zahlung\\p{L}*', 'paiements?', 'delivery', 'levering\\p{L}*', 'lieferung\\p{L}*', 'livraison', 'intellectual property',
  'intellectueel eigendom', 'geistiges eigentum', 'propri[ée]t[ée] intellectuelle', 'refunds?', 'herroeping\\p{L}*', 'widerruf\\p{L}*',
  'r[ée]tractation', 'licen[cs]e', 'licentie', 'lizenz', 'overeenkomst', 'vertrag\\p{L}*', 'contrat', 'agreement', 'force majeure',
  'h[öo]here gewalt', 'subscription fee', 'prijzen', 'preise', 'gerichtsstand', 'bevoegde rechter',
].join('|'));

/** Reporting vocabulary: news and blog posts about privacy. */
const REPORTING = words([
  'said', 'says', 'told', 'according to', 'spokes(?:person|man|woman)', 'zei', 'zegt', 'aldus', 'woordvoerder', 'sagte',
  'a d[ée]clar[ée]', 'reporter', 'journalist', 'correspondent', 'redactie', 'redaktion', 'lees ook', 'weiterlesen',
  'lire la suite', 'min read', 'leestijd', 'lesezeit', 'fined', 'boete', 'bu[ßs]geld', 'amende', 'posted by', 'geplaatst door',
  'written by', 'critics', 'researchers', 'onderzoekers', 'analysts', "(?:we're|we are) (?:excited|happy|thrilled|proud)",
  'today we', 'related (?:posts|articles)', 'gerelateerde (?:artikelen|berichten)', 'vandaag (?:lanceren|introduceren)',
].join('|'));

const TOPIC_HEADING = words([
  'cookies?', 'rights?', 'rechten', 'rechte', 'droits', 'retention', 'bewaren', 'bewaartermijn', 'speicherdauer', 'conservation',
  'security', 'beveiliging', 'sicherheit', 's[ée]curit[ée]', 'contact', 'kontakt', 'sharing', 'delen', 'weitergabe', 'partage',
  'children', 'kinderen', 'kinder', 'enfants', 'changes', 'wijzigingen', '[äa]nderungen', 'modifications', 'transfers?', 'doorgifte',
  '[üu]bermittlung', 'transferts?', 'personal (?:data|information)', 'persoonsgegevens', 'gegevens', 'daten', 'donn[ée]es',
  'purposes?', 'doeleinden', 'zwecke', 'finalit[ée]s', 'privacy', 'datenschutz', 'confidentialit[ée]', 'collect\\p{L}*', 'verzamel\\p{L}*',
].join('|'));

const SAMPLE_CHARS = 30_000;
const MIN_WORDS = 150;

function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const space = code === 32 || code === 10 || code === 9 || code === 13;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

export function policyFeatures(input: PolicyInput): Record<string, number> {
  const sample = input.text.length > SAMPLE_CHARS ? input.text.slice(0, SAMPLE_CHARS) : input.text;
  const wordCount = Math.max(1, countWords(sample));
  const per100 = (hits: number): number => (hits * 100) / wordCount;
  const vocabulary = per100(countMatches(VOCABULARY, sample));
  const legal = per100(countMatches(LEGAL_CORE, sample));
  const voice = per100(countMatches(VOICE, sample));
  const contract = per100(countMatches(CONTRACT, sample));
  const reporting = per100(countMatches(REPORTING, sample));
  const topicHeadings = input.headings.filter((heading) => countMatches(TOPIC_HEADING, heading) > 0).length;

  return { wordCount, vocabulary, legal, voice, contract, reporting, topicHeadings };
}

export function scorePolicy(input: PolicyInput): PolicyScore {
  const { wordCount = 0, vocabulary = 0, legal = 0, voice = 0, contract = 0, reporting = 0, topicHeadings = 0 } = policyFeatures(input);
  let z = -3.0;
  z += 0.4 * Math.min(vocabulary, 6);
  z += 1.0 * Math.min(legal, 1.5);
  z += 2.0 * Math.min(voice, 2);
  z += 0.45 * Math.min(topicHeadings, 5);
  // A policy mentions contracts and the news now and then; only a surplus counts against it.
  z -= 1.2 * Math.min(Math.max(0, contract - 0.5), 4);
  z -= 2.0 * Math.min(Math.max(0, reporting - 0.2), 3);
  // A blurb or a banner is never a policy, however dense its vocabulary.
  if (wordCount < MIN_WORDS) z = Math.min(z, 0) - 3 * (1 - wordCount / MIN_WORDS) - 0.5;
  else if (wordCount < 300) z -= 0.8;
  if (input.url !== undefined && input.url !== '') {
    if (urlLooksLikePolicy(input.url)) z += 1;
    else if (urlLooksLikeNonPolicy(input.url)) z -= 1;
  }
  if (input.title !== undefined && input.title !== '') {
    if (titleLooksLikeTerms(input.title)) z -= 1;
    else if (titleLooksLikePolicy(input.title)) z += 1;
  }
  const score = Math.round(sigmoid(z) * 1000) / 1000;
  return { score, isPolicy: score >= 0.5 };
}
