import { readTable } from '../src/index.js';
const r = readTable('CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\nC1,01/05/2024,S,C2,N1,K2,PR4,02/06/2024,X1,CARPL,LS6 1AA,LS8 2BB,SC1\n', { table: 'Episodes' });
// @ts-ignore
console.log(eval('%HasFastProperties(r.value[0])'));
