/**
 * A whole synthetic SSDA903 return for the bench: every table, about 520,000 rows from 101,000 episodes.
 * Made-up values only (no real child data); most rows are valid, as in a council's return.
 */
import { EPISODE_HEADER, episodeLines } from './generate.js';

const pad = (n: number) => (n < 10 ? `0${n}` : String(n));
const day = (d: number) => {
  const date = new Date(Date.UTC(2015, 0, 1) + d * 86_400_000);
  return `${pad(date.getUTCDate())}/${pad(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
};
const id = (c: number) => `C${String(c).padStart(7, '0')}`;

/** File name → CSV text for every table, and the number of data rows. */
export function wholeReturn(random: () => number): {
  files: { name: string; content: string }[];
  rows: number;
} {
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T;
  const episodes: string[] = [];
  let children = 0;
  while (episodes.length < 101_000) {
    for (const line of episodeLines(children, children + 1, random)) episodes.push(line);
    children++;
  }
  const tables: Record<string, { header: string; rows: string[] }> = {
    'header.csv': { header: 'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB', rows: [] },
    'episodes.csv': { header: EPISODE_HEADER, rows: episodes },
    'uasc.csv': { header: 'CHILD,SEX,DOB,DUC', rows: [] },
    'missing.csv': { header: 'CHILD,DOB,MISSING,MIS_START,MIS_END', rows: [] },
    'reviews.csv': { header: 'CHILD,DOB,REVIEW,REVIEW_CODE', rows: [] },
    'oc2.csv': {
      header:
        'CHILD,DOB,SDQ_SCORE,SDQ_REASON,CONVICTED,HEALTH_CHECK,IMMUNISATIONS,TEETH_CHECK,HEALTH_ASSESSMENT,SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED',
      rows: [],
    },
    'oc3.csv': { header: 'CHILD,DOB,IN_TOUCH,ACTIV,ACCOM', rows: [] },
    'ad1.csv': {
      header: 'CHILD,DOB,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR',
      rows: [],
    },
    'placed_adoption.csv': {
      header: 'CHILD,DOB,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED',
      rows: [],
    },
    'prev_perm.csv': { header: 'CHILD,DOB,PREV_PERM,LA_PERM,DATE_PERM', rows: [] },
    'sw_episodes.csv': { header: 'CHILD,DOB,SW_ID,SW_DECOM,SW_DEC,SW_REASON', rows: [] },
    'dolo.csv': { header: 'CHILD,DOB,DOLO_START,DOLO_END', rows: [] },
  };
  const add = (file: string, row: string) => tables[file]?.rows.push(row);
  for (let c = 0; c < children; c++) {
    const child = id(c);
    const dob = day(Math.floor(random() * 1500) - 5000);
    add(
      'header.csv',
      `${child},${pick(['M', 'F'])},${dob},${pick(['WBRI', 'WBRI', 'MWBC', 'BAFR', 'AIND'])},UN1,,`,
    );
    if (random() < 0.07) add('uasc.csv', `${child},M,${dob},`);
    const missing = Math.floor(random() * random() * 40);
    for (let m = 0; m < missing; m++) {
      const start = 2800 + Math.floor(random() * 300);
      add('missing.csv', `${child},${dob},${pick(['M', 'A'])},${day(start)},${day(start + 1)}`);
    }
    const reviews = 2 + Math.floor(random() * 9);
    for (let r = 0; r < reviews; r++)
      add('reviews.csv', `${child},${dob},${day(2800 + r * 60)},PN${Math.floor(random() * 8)}`);
    if (random() < 0.45) add('oc2.csv', `${child},${dob},${Math.floor(random() * 40)},,0,1,1,1,1,0,,`);
    if (random() < 0.2) add('oc3.csv', `${child},${dob},YES,F2,B1`);
    if (random() < 0.05) add('ad1.csv', `${child},${dob},${day(2700)},${day(2800)},0,1,F1,L0`);
    if (random() < 0.05) add('placed_adoption.csv', `${child},${dob},${day(2750)},,`);
    if (random() < 0.1) add('prev_perm.csv', `${child},${dob},P1,,`);
    const workers = 1 + Math.floor(random() * 5);
    for (let w = 0; w < workers; w++) {
      add(
        'sw_episodes.csv',
        `${child},${dob},SW${Math.floor(random() * 900)},${day(2600 + w * 120)},${day(2720 + w * 120)},MANAGE`,
      );
    }
    if (random() < 0.01) add('dolo.csv', `${child},${dob},${day(2900)},`);
  }
  let rows = 0;
  const files = Object.entries(tables).map(([name, table]) => {
    rows += table.rows.length;
    return { name, content: `${table.header}\r\n${table.rows.join('\r\n')}\r\n` };
  });
  return { files, rows };
}
