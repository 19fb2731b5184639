import { describe, expect, it } from 'vitest';
import { SLASH_DATE, TIME_OF_DAY } from './time-of-day.js';

describe('TIME_OF_DAY and SLASH_DATE', () => {
  // Datetimes as exports write them: SQL Server (`2024-04-01 00:00:00.000`), Excel (`4/1/2024 0:00`),
  // a finance system's UK datetime (`01/04/2024 00:00:00`).
  it('read past the times of day exports write after a date, and nothing else', () => {
    const time = new RegExp(`^${TIME_OF_DAY}$`);
    for (const ok of ['0:00', '00:00', '23:59:59', '00:00:00.000', '12:30:15.1234567'])
      expect(time.test(ok)).toBe(true);
    for (const bad of ['', '0', '000:00', '0:0', '00:00:0', '00:00:00.', '00:00:00.12345678', '00:00 AM'])
      expect(time.test(bad)).toBe(false);
    expect(SLASH_DATE.exec('4/1/2024 0:00')?.slice(1)).toEqual(['4', '1', '2024']);
    expect(SLASH_DATE.exec('01/04/2024 00:00:00')?.slice(1)).toEqual(['01', '04', '2024']);
    expect(SLASH_DATE.exec('01/04/2024')?.slice(1)).toEqual(['01', '04', '2024']);
    for (const bad of [
      '2024-04-01',
      '01/04/24',
      '001/04/2024',
      '01/04/2024T00:00',
      '01/04/2024  0:00',
      ' 01/04/2024',
    ])
      expect(SLASH_DATE.test(bad)).toBe(false);
  });
});
