/**
 * `npm run train`: featurises data/**\/*.jsonl, calibrates on 5-fold grouped cross-validation,
 * trains on everything and writes src/classifier/model/model.json (byte-stable).
 */
import { writeFileSync } from 'node:fs';
import { loadCorpus } from './model/dataset';
import { calibrate, outOfFold } from './model/cv';
import { featurise, stableJson, train } from './model/train-core';
import { MODEL_FILE } from './model/eval-record';

const DATA_DIR = 'data';

const started = performance.now();
const data = featurise(loadCorpus(DATA_DIR));
const { logits } = outOfFold(data, 5);
const calibration = calibrate(data, logits);
const model = train(data, undefined, calibration);
const json = stableJson(model);
writeFileSync(MODEL_FILE, json);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`trained on ${data.length} sentences: ${model.features.length} features, ${(json.length / 1024).toFixed(0)} KB → ${MODEL_FILE} in ${seconds}s`);
for (const [c, m] of Object.entries(model.categories)) console.log(`  ${c}: temperature ${m.temperature}, threshold ${m.threshold}, red share ${m.redShare}`);
