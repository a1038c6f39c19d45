import type { Example } from '../../../scripts/model/dataset';

// A small fixture corpus: enough signal for each class, cheap to train twice.
export function fixture(): Example[] {
  const rows: [string, 'en' | 'nl', Example['labels']][] = [
    ['We sell your personal data to data brokers.', 'en', { sharing: 'red' }],
    ['Wij verkopen uw gegevens aan adverteerders.', 'nl', { sharing: 'red' }],
    ['We do not sell your personal data.', 'en', { sharing: 'green' }],
    ['Wij verkopen uw gegevens niet.', 'nl', { sharing: 'green' }],
    ['We share your data with processors acting on our behalf.', 'en', { sharing: 'amber' }],
    ['Wij delen uw gegevens met verwerkers.', 'nl', { sharing: 'amber' }],
    ['We use analytics cookies to count visits.', 'en', { tracking: 'amber' }],
    ['Wij gebruiken analytische cookies.', 'nl', { tracking: 'amber' }],
    ['Advertising partners track you across websites.', 'en', { tracking: 'red' }],
    ['Advertentiepartners volgen je op andere websites.', 'nl', { tracking: 'red' }],
    ['We do not use tracking cookies.', 'en', { tracking: 'green' }],
    ['Data is stored in the United States.', 'en', { transfer: 'red' }],
    ['Gegevens worden opgeslagen in de Verenigde Staten.', 'nl', { transfer: 'red' }],
    ['We use standard contractual clauses for transfers.', 'en', { transfer: 'amber' }],
    ['Data stays within the EU.', 'en', { transfer: 'green' }],
    ['You can contact us by email.', 'en', {}],
    ['U kunt ons mailen.', 'nl', {}],
    ['Your rights', 'en', {}],
  ];
  const out: Example[] = [];
  for (let copy = 0; copy < 3; copy++) {
    rows.forEach(([text, lang, labels], i) => out.push({ text, lang, labels, source: 'authored', doc: `fixture-${copy}-${i % 4}` }));
  }
  return out;
}
