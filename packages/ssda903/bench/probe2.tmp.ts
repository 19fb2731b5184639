import { TableReader } from '../src/internal/table-reader.js';
const lines: string[] = ['CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN'];
for (let i = 0; i < 250000; i++) lines.push(`C${String(i).padStart(7,'0')},01/02/2020,S,C2,N1,U4,PR1,03/04/2021,X1,CARPL,LS6 ${i%10}AB,HX1 ${i%7}CD,SC123456`);
const text = lines.join('\r\n');
for (let k = 0; k < 5; k++) {
  const t = performance.now();
  const r = new TableReader({ table: 'Episodes', collectionYear: '2024-25' });
  for (let i = 0; i < text.length; i += 1 << 20) r.push(text.slice(i, i + (1 << 20)));
  r.end();
  const ms = performance.now() - t;
  console.log(Math.round(ms), 'ms', Math.round(250000 / (ms / 1000)), 'rows/s');
}
const r2 = new TableReader({ table: 'Episodes', collectionYear: '2024-25' });
r2.push(text.slice(0, 5000)); r2.end();
console.log(r2.issues.slice(0, 3), r2.issues.length);
