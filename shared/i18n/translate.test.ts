import { describe, expect, it } from 'vitest';
import { en } from './en';
import * as idParts from './id/index';
import { id } from './id';
import { createTranslator, interpolate, isMessageKey } from './translate';

describe('i18n', () => {
  it('gives Indonesian by default words and English on request', () => {
    expect(createTranslator('id')('nav.employees')).toBe('Pegawai');
    expect(createTranslator('en')('nav.employees')).toBe('Employees');
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(interpolate('{shown} dari {total}', { shown: 3, total: 10 })).toBe('3 dari 10');
    expect(interpolate('Halo {nama}', {})).toBe('Halo {nama}');
  });

  it('keeps the same placeholders in both languages', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(id) as (keyof typeof id)[]) {
      expect(names(en[key]), key).toEqual(names(id[key]));
    }
  });

  it('has no empty text in either language', () => {
    for (const dict of [id, en]) {
      for (const [key, text] of Object.entries(dict)) expect(text.trim(), key).not.toBe('');
    }
  });

  it('knows its keys', () => {
    expect(isMessageKey('nav.home')).toBe(true);
    expect(isMessageKey('nav.nothing')).toBe(false);
  });
});

describe('i18n parts', () => {
  it('no key is defined in two area files (a later spread would silently win)', () => {
    const parts = Object.values(idParts);
    const total = parts.reduce((n, p) => n + Object.keys(p).length, 0);
    expect(Object.keys(id)).toHaveLength(total);
  });
});
