/**
 * US state-law notices name an opt-out link "Do Not Sell or Share My Personal Information". Its
 * "Not" denies nothing: "click the 'Do Not Sell My Personal Information' link" is a how-to, which
 * the labelling guide leaves unlabelled, yet to a linear model it reads like "we do not sell or
 * share", its surest green. A green that rests only on the link's name is no commitment.
 */
import { conceptFeatures } from './features';

// Title case is how the law and every notice spell the link; "we do not sell" is lower case.
const DO_NOT_SELL_LINK = /\bDo Not (?:Sell|Share)\b(?:[\s\w/&-]*?\b(?:Information|Info|Data)\b)?/g;

/** True when the unit names the "Do Not Sell" link and shows no negation besides it. */
export function greenRestsOnLinkName(text: string): boolean {
  const withoutLink = text.replace(DO_NOT_SELL_LINK, 'the link');
  return withoutLink !== text && !conceptFeatures(withoutLink).neg;
}
