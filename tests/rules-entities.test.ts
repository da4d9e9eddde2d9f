import { describe, expect, it } from 'vitest';
import { entityId } from '../src/analyse/ids.js';
import { extractEntities } from '../src/rules/entities.js';
import type { Entity } from '../src/types.js';

const find = (entities: Entity[], name: string): Entity | undefined =>
  entities.find((e) => e.name === name);

describe('rules engine: entities', () => {
  it('keeps particles inside names and types organisation heads', () => {
    const es = extractEntities(
      'Le porte-parole du Ministère des Affaires étrangères a réagi. Le département de la Justice enquête.',
    );
    expect(find(es, 'Ministère des Affaires étrangères')?.type).toBe('ORG');
    expect(find(es, 'département de la Justice')?.type).toBe('ORG');
  });

  it('takes the institution through a nationality: "le ministère chinois des Affaires étrangères"', () => {
    const es = extractEntities(
      'Jeudi, le ministère chinois des Affaires étrangères a dénoncé des accusations gratuites.',
    );
    expect(es.map((e) => [e.name, e.type])).toEqual([
      ['ministère chinois des Affaires étrangères', 'ORG'],
    ]);
  });

  it('types a name by the class noun before it, never by a complement after "de"', () => {
    const es = extractEntities(
      'La société de cybersécurité Norvane a étudié l’outil Kestrix. Le site spécialisé Octavio en doute. Les ouvriers du site de Trévoux attendent.',
    );
    expect(find(es, 'Norvane')?.type).toBe('ORG');
    expect(find(es, 'Kestrix')?.type).toBe('PRODUCT');
    expect(find(es, 'Octavio')?.type).toBe('ORG');
    expect(find(es, 'Trévoux')?.type).not.toBe('ORG');
  });

  it('on English text, drops sentence openers and possessive endings from names', () => {
    const es = extractEntities(
      'Since March, the Pentagon’s auditors have reviewed the contracts. Its Azure division said nothing about Norvane’s report.',
    );
    const names = es.map((e) => e.name);
    expect(names).toContain('Pentagone'); // the gazetteer's canonical name
    expect(names).toContain('Azure');
    expect(names).toContain('Norvane');
    expect(names.filter((n) => /^(?:Since|Its)\b|['’]s$/u.test(n))).toEqual([]);
  });

  it('knows every country by its French name, French regions, big cities and seas', () => {
    const es = extractEntities(
      'Des navires venus de Nouvelle-Zélande et du Kazakhstan ont croisé dans le Pacifique. Marseille et l’Occitanie ont protesté, comme l’ONU.',
    );
    for (const name of ['Nouvelle-Zélande', 'Kazakhstan', 'Pacifique', 'Marseille', 'Occitanie']) {
      expect(find(es, name)?.type, name).toBe('LOCATION');
    }
    expect(find(es, 'ONU')?.type).toBe('ORG');
    // A country name that is also a first name does not swallow a person.
    expect(
      find(extractEntities('Le publicitaire Maurice Lévy a réagi.'), 'Maurice Lévy')?.type,
    ).toBe('PERSON');
  });

  it('types threat-actor names of the Microsoft scheme as organisations', () => {
    const es = extractEntities('Les groupes Amber Typhoon et Storm-1234 ont exploité la faille.');
    expect(find(es, 'Amber Typhoon')?.type).toBe('ORG');
    expect(find(es, 'Storm-1234')?.type).toBe('ORG');
  });

  it('reads titles before and appositions after a person', () => {
    const es = extractEntities(
      'La sénatrice Anne Leroy a interpellé le gouvernement. Paul Girard, ministre de l’Intérieur, a répondu.',
    );
    expect(find(es, 'Anne Leroy')).toMatchObject({ type: 'PERSON', description: 'sénatrice' });
    expect(find(es, 'Paul Girard')).toMatchObject({
      type: 'PERSON',
      description: 'ministre de l’Intérieur',
    });
    expect(find(es, 'Intérieur')).toBeUndefined();
  });

  it('types acronyms, organisation suffixes and gazetteer names', () => {
    const es = extractEntities(
      'Le FBI et la CNIL ont saisi Globex Inc. après la fuite. Des serveurs à Pékin et en Chine seraient touchés, selon Reuters.',
    );
    expect(find(es, 'FBI')?.type).toBe('ORG');
    expect(find(es, 'CNIL')?.type).toBe('ORG');
    expect(es.find((e) => e.name.startsWith('Globex'))?.type).toBe('ORG');
    expect(find(es, 'Pékin')?.type).toBe('LOCATION');
    expect(find(es, 'Chine')?.type).toBe('LOCATION');
    expect(find(es, 'Reuters')?.type).toBe('ORG');
  });

  it('does not take sentence openers for names', () => {
    const es = extractEntities(
      'Cette semaine, la bourse a chuté. Pourtant, Nokia reste confiant. Attaquer ce marché coûte cher.',
    );
    expect(es.map((e) => e.name)).toEqual(['Nokia']);
  });

  it('merges spelling variants and acronym expansions', () => {
    const es = extractEntities(
      'Super Micro Computer fabrique des cartes. Supermicro dément. SuperMicro perd 40 % en bourse. Le Conseil national du numérique (CNNum) a réagi, puis le CNNum a publié un avis.',
    );
    const smc = es.filter((e) => /super ?micro/i.test(e.name));
    expect(smc).toHaveLength(1);
    expect(smc[0]?.mentions).toEqual(['Super Micro Computer', 'Supermicro', 'SuperMicro']);
    const cnnum = es.find((e) => e.mentions.includes('CNNum'));
    expect(cnnum?.mentions).toContain('Conseil national du numérique');
  });

  it('merges a surname into the full name and ids the entity from type and name', () => {
    const es = extractEntities(
      'Le patron Jean Dupuis a démissionné. Dupuis quitte le groupe vendredi.',
    );
    const person = find(es, 'Jean Dupuis');
    expect(person?.mentions).toEqual(['Jean Dupuis', 'Dupuis']);
    expect(person?.id).toBe(entityId('PERSON', 'Jean Dupuis'));
  });
});
