/**
 * What the rules (rules.ts) ask of a unit before they read it as a statement of practice or of
 * commitment: whether something in it, or above it, denies; whether it only asks; whether it
 * states no practice at all (a definition, the reader's rights, a pointer elsewhere, …); and
 * whether the data it speaks of only comes in. Each pattern was checked against the labelled
 * corpus (tests/scripts/rules-corpus.test.ts), and the counts beside it are from there.
 */
import { conceptFeatures, type SentenceContext } from './features';

/** A negation in the unit, or in the lead-in of the list it is an item of ("We will never:"). */
export function deniedHereOrInLeadIn(text: string, context: SentenceContext = {}): boolean {
  return conceptFeatures(text).neg || (!!context.leadIn && conceptFeatures(context.leadIn).neg);
}

/** "Do you sell my data?": FAQ headings name a practice without stating it. */
export function isQuestion(text: string): boolean {
  return text.trimEnd().endsWith('?');
}

// The opening of a policy says who "we" are ("Loomwear B.V. ("Loomwear", "we", "us") runs …",
// "… (“wij”, “ons” of “onze”) erkennen …") or that the organisation respects privacy; neither
// states a practice. The corpus has 58 units that name "we" so and 36 that respect privacy,
// none labelled in any category, yet seed 002's read as a sharing finding on its "partners".
const NAMES_WE = /[("“”'‘’]\s*(?:wij|we|ons|onze|us|our)\s*[)"“”'‘’]/i;
const RESPECTS_PRIVACY = /\b(?:respect(?:s|eert|eren)?|respecting)\s+(?:uw|je|jouw|your|the)\s+privacy\b/i;
// "‘Persoonsgegevens' betekent …", "1.3 "Third Country" means …", "Met 'partners' bedoelen wij …".
const DEFINES_TERM = /^[\s\d.()•\-–—*·]*[“"'‘][^"“”'‘’]{1,40}[”"'’]\s+(?:(?:in|within|throughout)\s+(?:this|these)\s+(?:\w+\s+){1,2})?(?:betekent|betekenen|means|mean|refers to|refer to|verwijst naar)\b|\b(?:bedoelen|verstaan)\s+(?:wij|we)\s+(?:met|onder)\s+[“"'‘]/i;

// "You have the right to access …", "We erkennen dat u het recht heeft op toegang …": the reader's
// rights name access, receipt and transfer of data without anyone else receiving it. Of the 217
// corpus units that state them, 2 carry a label, both the right to opt out of a sale.
const READERS_RIGHT = /\b(?:you|u|je|jij)\s+(?:also\s+|ook\s+)?(?:have|has|may have|might have|heeft|hebt)\s+(?:ook\s+|altijd\s+)?(?:het\s+|the\s+|a\s+)?(?:recht|right)\b|\b(?:u|je|jij)\s+het\s+recht\s+(?:heeft|hebt)\b|\bright\s+(?:of|to)\s+access\b|\brecht\s+(?:op|van)\s+(?:toegang|inzage)\b/i;
const SALE = /\b(?:sale|sell|selling|verkoop|verkopen|verkocht)\b/i;
// "For more information about the Privacy Shield Framework, visit …", "Zie onze kennisgeving over
// cookies …": TAXONOMY's "see our cookie notice". Of the corpus's 54 units that open so, one
// carries a label; seed 002's read as a red transfer on "Privacy Shield".
const POINTS_ELSEWHERE = /^[\s•\-–—*·]*(?:for (?:more|further) (?:information|details)|to (?:learn|find out) more|(?:more|further) information|voor meer (?:informatie|details)|meer informatie|wilt u meer weten|wil je meer weten|lees meer|(?:please\s+)?(?:see|zie|raadpleeg|consult|refer to|read)\s+(?:our|onze|ons|de|het|the|this|deze|dit)\b)/i;
// "Most browsers are set to accept cookies by default.": how browsers work, not what the site
// does. None of the corpus's 47 units on most, many or some browsers is labelled.
const BROWSERS_IN_GENERAL = /\b(?:most|many|some|all|de meeste|veel|sommige|alle)\s+(?:web\s?)?browsers\b/i;
// "A cookie is a small text file …", "Een webbaken is een elektronische afbeelding …": what a
// technology is, not that the site uses it. None of the corpus's 99 such units is labelled.
const DEFINES_TECHNOLOGY = /^[\s•\-–—*·\d.]*(?:a |an |een |de |het |the )?(?:\w+[- ])?(?:cookies?|web ?beacons?|webbakens?|pixels?|pixel ?tags?|clear gifs?|local storage|sdks?|tags?|scripts?|fingerprinting|do not track|ip[- ]?ad+res+(?:es|sen)?)\s+(?:is|are|zijn)\s+(?:a|an|een|small|kleine?|tiny|little|simple|eenvoudige|text|tekst\w*|stukjes|pieces|bits|files|bestanden|technolog\w+|techniek\w*|onzichtbare|invisible|transparent\w*|numbers?|nummers?|unique|uniek\w*)\b/i;
// "If you reject cookies, … some features of our site may be limited.": what refusing costs the
// reader. None of the corpus's 14 units that say so is labelled.
const REFUSING_COSTS = /\b(?:if|als|wanneer|indien)\s+(?:you|u|je|jij)\s+(?:\w+\s+){0,4}?(?:reject|refuse|disable|block|delete|decline|turn off|weigert|weigeren|uitschakelt|uitzet|blokkeert|verwijdert)\w*\b[^.]{0,140}\b(?:not work|limited|niet (?:meer )?(?:goed |optimaal |correct )?(?:werken|werkt|functioneren|functioneert|gebruiken|beschikbaar)|beperkt|unavailable|not (?:be )?(?:able|available|function))/i;

// "Apps van derden … hebben hun eigen privacybeleid", "We encourage you to read their privacy
// statements": where the policy hands over to others' policies, which says nothing of what this
// organisation does. Of the corpus's 54 units that say so and name no flow of data, none is
// labelled; they are often said with a disclaimer ("we are not responsible for …"), so a
// negation does not keep their reading. A unit that names the flow ("the information you give
// them is governed by their own privacy policies", "partners use it under their own …") does.
const OTHERS_OWN_POLICY = /\b(?:privacy ?(?:policies|policy|statements?|notices?|practices)|privacybeleid|privacyverklaring(?:en)?)\s+(?:of|van)\s+(?:(?:those|these|such|the|that|deze|die|de|het)\s+)?(?:respective\s+|betreffende\s+)?(?:third|derden|derde|other|andere|external|externe|providers?|aanbieders?|developers?|ontwikkelaars?|platforms?|sites?|websites?|compan(?:y|ies)|bedrijven|partij\w*|diensten|services)|\b(?:their|hun)\s+(?:own\s+|eigen\s+)?(?:terms of use and\s+|gebruiksvoorwaarden en\s+)?(?:privacy ?(?:policies|policy|statements?|notices?)|privacybeleid|privacyverklaring\w*)|\b(?:whose|wiens|wier)\s+(?:privacy|privacybeleid|privacyverklaring)/i;
const NAMES_A_FLOW = /\b(?:share|shares|shared|sharing|disclos\w*|sell\w*|sold|pass|passes|passed|transfer\w*|make available|made available|delen|deelt|gedeeld|verstrek\w*|doorgeven|doorgegeven|verkoop\w*|overdragen|overgedragen|send|sent|sturen|gestuurd|receiv\w*|ontvang\w*|collect\w*|use|uses|using|gebruik\w*|verzamel\w*|combin\w*|determine\w*|bepalen)\b|\b(?:provide\w*|give|gives|given|gave|geeft|geven)\b[^.]{0,100}\b(?:to|them|aan)\b/i;

// "We restrict access to personal data by our employees and contractors who do not need to know
// …", "Toegang tot klantgegevens is beperkt tot medewerkers die …": a security measure inside the
// organisation, which gives no one else the data. None of the corpus's 36 units that limit staff
// access so, and name no one and nowhere outside, carries a label; both seeds' read as sharing. Their
// negations ("who do not need to know") limit access, so they do not keep a reading either.
const STAFF_ACCESS_LIMITED = /\b(?:restrict\w*|limit\w*|beperk\w*|only|alleen|uitsluitend)\b[^.;]{0,60}\b(?:access|toegang)\b|\b(?:access|toegang)\b[^.;]{0,80}\b(?:restrict\w*|limited|beperkt|only|alleen|uitsluitend|need to know|need-to-know)\b/i;
const STAFF = /\b(?:employees|staff|personnel|medewerkers|werknemers|personeel|authori[sz]ed (?:persons|personnel|staff)|geautoriseerde|bevoegde)\b/i;
const SOMEONE_OUTSIDE = /\b(?:vendors?|providers?|leveranciers?|dienstverleners?|verwerkers?|processors?|partners?|third|derden|countr\w*|land\w*|outside|buiten|abroad|buitenland|EU|EEA|EER|Europ\w*|share|delen|disclos\w*|verstrek\w*|affiliates?|group|groep)\b/i;

// "If the laws of your country consider you a child, please do not provide Personal Data …",
// "Please do not register a child under 16 …": an instruction to the reader, whose "not" binds the
// reader and promises nothing. Of the corpus's 15 units that instruct so, the one labelled says
// first that forum posts are public ("…, so please do not publish …"), so only an instruction that
// opens the unit, or follows an opening condition, counts.
const INSTRUCTS_READER = /^[\s•\-–—*·]*(?:(?:if|als|indien|wanneer|when|where)\b[^,]{0,120},\s*)?(?:please\s+(?:do\s+not|don['’]t|never|refrain)|gelieve\s+(?:\w+\s+){0,4}?(?:geen|niet)|(?:you should|you must|u dient|u moet|je moet)\s+(?:\w+\s+){0,3}?(?:not|niet|geen))\b/i;

// "You can render some web beacons unusable by rejecting cookies in your web browser …", "U kunt
// cookies verwijderen …": how the reader refuses, which data/LABELLING.md reads as no finding. Of
// the corpus's 34 units that open so, the one labelled speaks of ads ("… limit ad tracking").
const READER_CAN_REFUSE = /^[\s•\-–—*·]*(?:you|u|je|jij)\s+(?:can|may|kunt|kan|mag|could)\s+(?:\w+\s+){0,8}?(?:refus\w*|reject\w*|block\w*|delet\w*|disabl\w*|remov\w*|weiger\w*|blokk\w*|verwijder\w*|uitschakel\w*|uit te schakelen|uitzetten|manage|beheren|control)\b[^.]{0,80}\b(?:cookies?|beacons?|webbakens?|pixels?|tracking)|^[\s•\-–—*·]*(?:u|je|jij)\s+(?:kunt|kan|mag)\b[^.]{0,80}\b(?:cookies?|webbakens?|pixels?)\b[^.]{0,60}\b(?:weigeren|verwijderen|blokkeren|uitschakelen|uitzetten|beheren|uit te schakelen|onbruikbaar maken)\b/i;
const ADS = /\b(?:ads?|advert\w*|reclame\w*|advertenties?)\b/i;

const NO_PRACTICE = [NAMES_WE, RESPECTS_PRIVACY, DEFINES_TERM, POINTS_ELSEWHERE, BROWSERS_IN_GENERAL, DEFINES_TECHNOLOGY];

/**
 * The unit states no practice: it asks a question, instructs the reader, says how to refuse
 * cookies or what refusing them costs, hands over to others' privacy policies or limits its own
 * staff's access; or it introduces the organisation, defines a term, states the reader's rights,
 * says what a technology is, speaks of browsers in general or points to more information
 * elsewhere, and denies nothing.
 * None of the corpus's 906 questions is labelled. A denial keeps its reading ("'Only necessary'
 * means no ad or analytics cookies"); what refusing costs is said with one ("may not work").
 */
export function statesNoPractice(text: string): boolean {
  // Asked once per category of the same unit, in a row: the answer for the last text is kept.
  if (text !== lastText) {
    lastText = text;
    const rights = READERS_RIGHT.test(text) && !SALE.test(text);
    const othersPolicy = OTHERS_OWN_POLICY.test(text) && !NAMES_A_FLOW.test(text);
    const staffOnly = STAFF_ACCESS_LIMITED.test(text) && STAFF.test(text) && !SOMEONE_OUTSIDE.test(text) && !SALE.test(text);
    const refusing = REFUSING_COSTS.test(text) || (READER_CAN_REFUSE.test(text) && !ADS.test(text));
    lastAnswer = isQuestion(text) || refusing || INSTRUCTS_READER.test(text) || othersPolicy || staffOnly || ((rights || NO_PRACTICE.some((rx) => rx.test(text))) && !conceptFeatures(text).neg);
  }
  return lastAnswer;
}
let lastText: string | undefined;
let lastAnswer = false;

// "We may obtain information about you from third-party sources …": data coming in. It may be a
// tracking finding (enrichment), but no one receives the reader's data. None of the corpus's 65
// units that only receive so carries a sharing label, nor do the 7 in the seeds and translations.
// The outbound words rule out units that also give ("… to whom we pass your name"). Dutch may put
// the source before the verb ("… die we van derden krijgen"): 16 corpus units, the 2 labelled
// ones also give ("verstrekken") and stay findings.
const RECEIVES_FROM_OTHERS = /\b(?:obtain|obtains|obtained|receive|receives|received|get|gets|collect|collects|collected|gather|gathers|verkrijgen|verkrijgt|verkregen|ontvangen|ontvangt|krijgen|krijgt|verzamelen|verzamelt|verzameld)\b[^.;]{0,60}?\b(?:from|van|via|through|uit)\s+(?:\S+\s+){0,3}?(?:third|third-party|derden|derde|other sources|andere bronnen|external sources|externe bronnen|sources|bronnen|partners|publicly|openbare|public)|\b(?:van|via|uit)\s+(?:\S+\s+){0,3}?(?:derden|derde partijen|andere bronnen|externe bronnen|bronnen|partners|openbare)\b[^.;]{0,50}?\b(?:ontvangen|ontvangt|verkrijgen|verkrijgt|verkregen|krijgen|krijgt|verzamelen|verzamelt|verzameld)\b/i;
const GIVES_TO_OTHERS = /\b(?:share|shares|shared|sharing|disclos\w*|sell\w*|sold|pass|passes|passed|transfer\w*|make available|made available|provide\w* to|delen|deelt|gedeeld|verstrek\w*|doorgeven|doorgegeven|geven door|geeft door|verkoop\w*|verkopen|verkocht|overdragen|overgedragen|beschikbaar|ter beschikking|send|sent|sturen|gestuurd)\b/i;

/** The unit tells of data the organisation receives from others, and of none it gives. */
export function onlyReceives(text: string): boolean {
  return RECEIVES_FROM_OTHERS.test(text) && !GIVES_TO_OTHERS.test(text);
}

// "We bewaren de persoonsgegevens … zo lang als nodig is", "We keep your order data for seven
// years": how long data is kept. None of the corpus's 156 units that say so carries a sharing or
// transfer label (30 carry tracking ones: cookies kept for a number of days).
const KEPT_FOR = /\b(?:retain|retains|keep|keeps|store|stores|bewaren|bewaart|bewaard)\b[^.]{0,80}\b(?:as long as|no longer than|for as long|zo lang|niet langer dan|gedurende|for \d+|\d+ (?:years?|months?|days?|jaar|jaren|maanden|dagen))\b/i;

/** The unit says how long data is kept. */
export function statesRetention(text: string): boolean {
  return KEPT_FOR.test(text);
}

// "We may use this information to offer you relevant advertising, products and services", "Wij
// kunnen persoonsgegevens gebruiken om marketing- en actie-informatie te verstrekken over producten
// … die Veeam aanbiedt": the organisation's own marketing to the reader, which the model reads as
// sharing for its marketing words. Of the corpus's 43 units that say so and name no one else (no
// partner, platform, pixel or outside mailer), none carries a sharing label; nor do the seeds' 7.
const USES_FOR_OWN_MARKETING = /\b(?:we|wij|the information we collect|de informatie die we verzamelen)\b[^.]{0,60}\b(?:use|gebruiken|be used|worden gebruikt)\b[^.]{0,80}\b(?:to|om)\b[^.]{0,80}\b(?:marketing|advertis\w*|reclame|aanbieding\w*|offers?|nieuwsbrie\w*|newsletters?|promoti\w*|campagne\w*|campaigns?)/i;
const SOMEONE_ELSE = /derde|third|partner|adverteerder|advertisers|vendor|provider|dienstverlener|processor|verwerker|bedrijven|compan|affiliat|groep|group|other|andere|autorit|authorit|buyer|koper|share|delen|deelt|gedeeld|disclos|verstrekken aan|doorgeven|sell|verko|transfer|doorgeg|facebook|google|platform|social|network|pass|sponsor|organisat|merk|brand|aan hen|to them|their|hun|retarget|publish|pixel|tag|extern|mailing house/i;

/** The unit tells of the organisation's own marketing to the reader, and names no one else. */
export function marketsOnlyItself(text: string): boolean {
  return USES_FOR_OWN_MARKETING.test(text) && !SOMEONE_ELSE.test(text);
}
