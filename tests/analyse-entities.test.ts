import { describe, expect, it } from 'vitest';
import { mergeEntities } from '../src/analyse/entities.js';
import { foldWithMap } from '../src/analyse/grounding.js';
import { entityId } from '../src/analyse/ids.js';
import type { EntityOutput } from '../src/analyse/schema.js';

const TEXT = [
  'La Direction générale de la sécurité intérieure (DGSI) enquête sur Super Micro Computer.',
  'Tim Cook, patron d’Apple Inc., a démenti. Selon Cook, Apple n’a rien trouvé chez Supermicro.',
  'Le FBI et le Federal Bureau of Investigation ne font qu’un ; Amazon Web Services et Amazon aussi, presque.',
  'Donald Trump et Eric Trump ont réagi ; Trump a parlé.',
].join('\n\n');

const e = (
  name: string,
  type: EntityOutput['type'],
  mentions: string[] = [],
  description: string | null = null,
): EntityOutput => ({
  name,
  type,
  mentions,
  description,
});

const merge = (items: EntityOutput[]) => mergeEntities(items, foldWithMap(TEXT));
const names = (items: EntityOutput[]) => merge(items).entities.map((x) => x.name);

describe('mergeEntities', () => {
  it('merges glued names ("Supermicro" / "Super Micro Computer") and keeps the longest name', () => {
    const { entities } = merge([
      e('Supermicro', 'ORG', ['Supermicro']),
      e('Super Micro Computer', 'ORG', ['Super Micro Computer']),
    ]);
    expect(entities).toHaveLength(1);
    expect(entities[0]).toMatchObject({
      id: entityId('ORG', 'Super Micro Computer'),
      name: 'Super Micro Computer',
      mentions: ['Supermicro', 'Super Micro Computer'],
    });
  });

  it('merges acronyms, company suffixes, case/accent variants and overlapping mentions', () => {
    expect(
      names([e('DGSI', 'ORG'), e('Direction générale de la sécurité intérieure', 'ORG')]),
    ).toEqual(['Direction générale de la sécurité intérieure']);
    expect(names([e('FBI', 'ORG'), e('Federal Bureau of Investigation', 'ORG')])).toHaveLength(1);
    expect(names([e('Apple', 'ORG'), e('Apple Inc.', 'ORG')])).toEqual(['Apple Inc.']);
    expect(
      names([
        e('DIRECTION GENERALE DE LA SECURITE INTERIEURE', 'ORG'),
        e('Direction générale de la sécurité intérieure', 'ORG'),
      ]),
    ).toHaveLength(1);
    expect(
      names([e('Apple', 'ORG', ['Apple']), e('the iPhone maker', 'OTHER', ['Apple'])]),
    ).toHaveLength(1);
  });

  it('merges a surname with the one person who has it, and not when two do', () => {
    expect(names([e('Tim Cook', 'PERSON'), e('Cook', 'PERSON')])).toEqual(['Tim Cook']);
    expect(
      names([e('Donald Trump', 'PERSON'), e('Eric Trump', 'PERSON'), e('Trump', 'PERSON')]),
    ).toHaveLength(3);
  });

  it('keeps apart what only looks alike: Amazon vs Amazon Web Services, ORG vs PERSON', () => {
    expect(names([e('Amazon', 'ORG'), e('Amazon Web Services', 'ORG')])).toHaveLength(2);
    expect(names([e('Apple', 'ORG'), e('Apple', 'PERSON')])).toHaveLength(2);
  });

  it('keeps mentions found in the article, spelled as the article does, in order of appearance', () => {
    const { entities, warnings } = merge([
      e('Apple', 'ORG', ['apple', 'la firme à la pomme']),
      e('DGSI', 'ORG', ['DGSI']),
      e('Ministry of Truth', 'ORG', ['ministère de la Vérité']),
    ]);
    expect(entities.map((x) => x.name)).toEqual(['DGSI', 'Apple', 'Ministry of Truth']);
    expect(entities[1]!.mentions).toEqual(['Apple']);
    expect(entities[2]!.mentions).toEqual([]);
    expect(warnings).toEqual([expect.objectContaining({ code: 'ENTITY_NOT_IN_TEXT' })]);
  });

  it('lookup resolves names, mentions and "the X" to the merged id', () => {
    const { entities, lookup } = merge([
      e('Supermicro', 'ORG'),
      e('Super Micro Computer', 'ORG'),
      e('Pentagon', 'ORG', ['Pentagone']),
    ]);
    expect(lookup('supermicro')).toBe(entities[0]!.id);
    expect(lookup('SUPER MICRO COMPUTER')).toBe(entities[0]!.id);
    expect(lookup('the Pentagon')).toBe(entities[1]!.id);
    expect(lookup('Nobody')).toBeNull();
  });
});
