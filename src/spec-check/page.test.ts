import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { isKpcError } from '../errors.ts';
import { DEFAULT_SPEC_DIR } from '../spec/load.ts';
import { comparable } from './normalize.ts';
import { cellStatements, revisionOf } from './page-model.ts';
import { readPage } from './page.ts';

const read = (rel: string): string => readFileSync(new URL(rel, `file://${DEFAULT_SPEC_DIR}`), 'utf8');
const seed = readPage(read('source/ImportKeyPair.txt'), 'ImportKeyPair.txt');
const r2020 = readPage(read('source/revisions/2020-11-02.md'), '2020-11-02.md');
const r2018 = readPage(read('source/revisions/2018-06-13.md'), '2018-06-13.md');
const fixture = (name: string): string => readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8');

describe('reading the plain-text page (the seed)', () => {
  test('takes the revision from "Last Updated:Jun 18, 2026"', () => {
    expect([seed.format, seed.revision]).toEqual(['text', '2026-06-18']);
  });

  test('reads the parameter table, naming the tag fields Tag.N.Key and Tag.N.Value', () => {
    expect(seed.parameters.map((p) => [p.name, p.type, p.required])).toEqual([
      ['RegionId', 'string', true],
      ['KeyPairName', 'string', true],
      ['PublicKeyBody', 'string', true],
      ['ResourceGroupId', 'string', false],
      ['Tag', 'array', false],
      ['Tag.N.Key', 'string', false],
      ['Tag.N.Value', 'string', false],
    ]);
    expect(seed.parameters[0]!.description).toBe(
      'The region ID. You can call DescribeRegions to query the most recent region list.',
    );
  });

  test('reads the response table without its nameless root object', () => {
    expect(seed.response.map((f) => f.name)).toEqual(['RequestId', 'KeyPairName', 'KeyPairFingerPrint']);
  });

  test('reads each error row "400 Code Message. Description." with the message as its first sentence', () => {
    expect(seed.errors).toHaveLength(7);
    expect(seed.errors.find((e) => e.code === 'KeyPair.AlreadyExist')).toEqual({
      status: 400,
      code: 'KeyPair.AlreadyExist',
      message: 'The key pair already exist.',
      description: 'A key pair with the same name already exists. Key pair names must be unique.',
    });
  });

  test('reads the limit and the key types of the description', () => {
    expect(seed.description).toContain('You can have a maximum of 500 key pairs in each region.');
    expect(seed.keyTypes).toEqual(['rsa', 'dsa', 'ssh-rsa', 'ssh-dss', 'ecdsa']);
  });
});

describe("reading the vendor's markdown", () => {
  test('takes the revision from the file name when the page has no date', () => {
    expect([r2020.format, r2020.revision, r2018.revision]).toEqual(['markdown', '2020-11-02', '2018-06-13']);
    expect(revisionOf('no date here', 'page.md')).toBeUndefined();
  });

  test('finds columns by header whatever their order (2018 puts the status third)', () => {
    expect(r2018.errors.map((e) => [e.status, e.code])).toEqual([
      [400, 'MissingParameter'],
      [400, 'InvalidPublicKeyBody.Malformed'],
      [400, 'InvalidKeyPairName.Malformed'],
      [404, 'InvalidRegionId.NotFound'],
    ]);
    expect(r2018.errors[2]!.description).toBe('The specified KeyPairName is invalid or already exists.');
  });

  test('reads a table cell that runs over several lines as one cell, its bullets as statements', () => {
    const name = r2018.parameters.find((p) => p.name === 'KeyPairName')!;
    expect(cellStatements(name.description)).toEqual([
      'The name of the key pair.',
      'The name must be unique.',
      'Can be [2, 128] characters in length.',
      'Must begin with an uppercase or lowercase English letter.',
      'Can contain digits, underscores (_), colons (:), or hyphens (-).',
      'Supports all character set encoding formats.',
      'Cannot begin with http:// or https://.',
    ]);
  });

  test('2018 has no tags and no resource group; 2020 has both', () => {
    const names = (p: typeof r2018): string[] => p.parameters.map((x) => x.name);
    expect(names(r2018)).toEqual(['Action', 'RegionId', 'PublicKeyBody', 'KeyPairName']);
    expect(names(r2020)).toEqual(expect.arrayContaining(['Tag.N.Key', 'Tag.N.Value', 'ResourceGroupId']));
  });

  test('the seed rewritten as a markdown table reads as the same page', () => {
    const md = readPage(fixture('seed-as-markdown.md'), 'seed-as-markdown.md');
    expect(md.revision).toBe('2026-06-18');
    expect(md.keyTypes).toEqual(seed.keyTypes);
    expect(md.description.map(comparable)).toEqual(seed.description.map(comparable));
    expect(md.errors.map((e) => e.code)).toEqual(seed.errors.map((e) => e.code));
  });
});

describe('a file that is not such a page', () => {
  test('is a usage error naming what is missing', () => {
    let e: unknown;
    try {
      readPage(fixture('not-a-page.md'), 'not-a-page.md');
    } catch (err) {
      e = err;
    }
    expect(isKpcError(e, 'KPC_USAGE')).toBe(true);
    expect((e as Error).message).toBe(
      'not-a-page.md is not a revision of the ImportKeyPair page: no title naming ImportKeyPair, no error code table',
    );
  });

  test('an empty file misses everything', () => {
    expect(() => readPage('', 'empty.txt')).toThrow(/no title naming ImportKeyPair, no request parameter table/);
  });
});
