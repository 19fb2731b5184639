import { matchReferral } from '../src/match-referral.js';
import { prepareVacancies } from '../src/prepare-vacancies.js';
import { generate } from './generate.js';
const { locator, vacancy, referral } = generate(20250110);
const vacancies = Array.from({ length: 10_000 }, (_, i) => vacancy(i));
const referrals = Array.from({ length: 200 }, (_, i) => referral(i));
const prepared = prepareVacancies(vacancies, { locator });
const t = performance.now();
for (let k = 0; k < 2000; k++) matchReferral(referrals[k % 200]!, prepared, { locator });
console.log((performance.now() - t) / 2000);
console.log((globalThis as any).T.map((x:number)=>x/2000))
