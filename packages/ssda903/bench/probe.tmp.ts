import Papa from 'papaparse';
import { TableReader } from '../src/internal/table-reader.js';
const lines: string[] = ['CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN'];
for (let i = 0; i < 250000; i++) lines.push(`C${String(i).padStart(7,'0')},01/02/2020,S,C2,N1,U4,PR1,03/04/2021,X1,CARPL,LS6 ${i%10}AB,HX1 ${i%7}CD,SC123456`);
const text = lines.join('\r\n');
for (let k = 0; k < 3; k++) {
  for (const size of [0, 1 << 16, 1 << 20]) {
    let t = performance.now();
    const r = new TableReader({ table: 'Episodes', collectionYear: '2024-25' });
    if (size === 0) r.push(text);
    else for (let i = 0; i < text.length; i += size) r.push(text.slice(i, i + size));
    r.end();
    const ms = performance.now() - t;
    t = performance.now();
    let n = 0;
    for (let i = 0; i < text.length; i += 1 << 16) {
      // parse-only in chunks, arrays discarded
      n += new Papa.Parser({ delimiter: ',', newline: '\r\n' }).parse(text.slice(i, i + (1 << 16)), 0, false).data.length;
    }
    const parseOnly = performance.now() - t;
    console.log(size, Math.round(ms), 'ms', Math.round(250000 / (ms / 1000)), 'rows/s; parse-only chunked', Math.round(parseOnly), r.accepted);
  }
}
