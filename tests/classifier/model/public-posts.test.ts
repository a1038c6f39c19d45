import { postsMadePublic } from '../../../src/classifier/model/public-posts';
import { ruledScore } from '../../../src/classifier/model/rules';
import { STRAY_FACTOR } from '../../../src/classifier/model/neighbours';

describe('posts made public', () => {
  it.each([
    'Alle informatie die op deze blogs en forums wordt geplaatst, wordt openbaar.',
    'Onthoudt u alstublieft dat informatie die u verstrekt in een nieuws discussie of forum publieke informatie is en dat die niet zal worden behandeld als vertrouwelijk.',
    'Please remember that information you provide in a news discussion or forum is public information and will not be treated as confidential.',
    'Comments you post beneath articles can be read by anyone on the internet.',
    'Deze informatie kan worden verzameld en gebruikt door derden.',
  ])('are read: %s', (text) => {
    expect(postsMadePublic(text)).toBe(true);
  });

  it.each<[string, string, { leadIn?: string }?]>([
    ['a public place named, not a post made public', 'You may request removal from a public forum, list or testimonial on our site.'],
    ['a list of what is collected', '• Informatie die u plaatst op de forums of openbare borden.'],
    ['private messages', '• berichten die je privé naar andere leden stuurt'],
    ['how long posts stay', 'Forumberichten blijven zichtbaar totdat de Gebruiker deze verwijdert.'],
    ['a denial', 'Reviews you write are not shown publicly.'],
    ['a denial in the lead-in', 'your forum posts to anyone;', { leadIn: 'We never show:' }],
    ['a question', 'Are my forum posts public?'],
    ['a denial of use by others', 'Uw gegevens worden in geen geval verkocht of gebruikt voor marketing door derden.'],
    ['a service others offer', 'Muziekdiensten die u in uw voertuig gebruikt, worden door derden aangeboden.'],
  ])('are not read from %s', (_, text, context = {}) => {
    expect(postsMadePublic(text, context)).toBe(false);
  });

  it('are a sharing finding that passes even the lone stray bar, amber when only the rule finds them', () => {
    const unsure = { relevance: 0.05, level: 'red' as const, probs: { red: 0.03, amber: 0.02, green: 0 }, threshold: 0.3 };
    const text = 'Alle informatie die op deze blogs en forums wordt geplaatst, wordt openbaar.';
    expect(ruledScore('sharing', unsure, text)).toMatchObject({ relevance: 0.3 * STRAY_FACTOR, level: 'amber' });
    expect(ruledScore('tracking', unsure, text).relevance).toBe(0.05);
  });

  it('keep the red the model found, and are never green: publishing promises nothing', () => {
    const text = 'Please remember that information you provide in a news discussion or forum is public information and will not be treated as confidential.';
    const red = { relevance: 0.6, level: 'red' as const, probs: { red: 0.4, amber: 0.2, green: 0 }, threshold: 0.3 };
    const green = { relevance: 0.6, level: 'green' as const, probs: { red: 0.1, amber: 0.1, green: 0.4 }, threshold: 0.3 };
    expect(ruledScore('sharing', red, text).level).toBe('red');
    expect(ruledScore('sharing', green, text).level).toBe('amber');
  });
});
