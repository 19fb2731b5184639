/** Synthetic SSDA903 Episodes rows for the bench: made-up values, no real child data. */
import { writeTable } from '../src/index.js';

const PLACES = ['U1', 'U3', 'U4', 'U4', 'U6', 'U6', 'K2', 'K2', 'P1', 'A4', 'K3', 'S1', 'R1', 'T4'];
const PROVIDERS: Record<string, string> = { P1: 'PR0', T4: '' };
const LS = ['C1', 'C2', 'V2', 'E1', 'J2'];
const CIN = ['N1', 'N1', 'N2', 'N4', 'N5', 'N8'];
const DISTRICTS = ['LS6', 'LS8', 'LS11', 'BD1', 'BD7', 'HX1', 'WF1', 'HD1', 'M1', 'S10', 'YO1', 'HG2'];
const LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';

const pad = (n: number) => (n < 10 ? `0${n}` : String(n));
const day = (d: number) => {
  const date = new Date(Date.UTC(2015, 0, 1) + d * 86_400_000);
  return `${pad(date.getUTCDate())}/${pad(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
};

/** Episode CSV lines for children `from`..`to`, about five episodes each, contiguous in time. */
export function episodeLines(from: number, to: number, random: () => number): string[] {
  const lines: string[] = [];
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T;
  const postcode = () =>
    `${pick(DISTRICTS)} ${Math.floor(random() * 10)}${pick(LETTERS.split(''))}${pick(LETTERS.split(''))}`;
  for (let c = from; c < to; c++) {
    const child = `C${String(c).padStart(7, '0')}`;
    const home = postcode();
    let start = Math.floor(random() * 3000);
    const episodes = 1 + Math.floor(random() * 9);
    for (let e = 0; e < episodes; e++) {
      const last = e === episodes - 1;
      const end = start + 1 + Math.floor(random() * 300);
      const place = pick(PLACES);
      const provider = PROVIDERS[place] ?? pick(['PR1', 'PR4', 'PR5']);
      const urn =
        place === 'P1' || place === 'T4' ? '' : `SC${String(Math.floor(random() * 1e6)).padStart(6, '0')}`;
      const rne = e === 0 ? 'S' : pick(['P', 'P', 'L', 'T', 'B', 'U']);
      const dec = last && random() < 0.5 ? '' : day(end);
      const rec = dec === '' ? '' : last ? 'E4A' : 'X1';
      const rpc = rne === 'L' || e === 0 || dec === '' ? '' : 'CARPL';
      lines.push(
        `${child},${day(start)},${rne},${pick(LS)},${pick(CIN)},${place},${provider},${dec},${rec},${rpc},${home},${postcode()},${urn}`,
      );
      start = end;
    }
  }
  return lines;
}

export const EPISODE_HEADER =
  'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN';

export function headerCsv(children: number): string {
  const rows = [];
  for (let c = 0; c < children; c++) {
    rows.push({
      id: `C${String(c).padStart(7, '0')}`,
      sex: 'female' as const,
      dateOfBirth: '2010-01-01',
      uasc: false,
    });
  }
  return writeTable('Header', rows);
}
