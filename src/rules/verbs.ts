/**
 * French reporting verbs ("verbes introducteurs") as data: each lemma with the stance it signals
 * and how it conjugates. Forms are generated for the tenses press prose uses (présent, passé
 * simple, imparfait, futur, conditionnel, participe for the compound tenses).
 */
import type { Stance } from '../types.js';
import { trieAlternation } from './trie-regex.js';
import { LEXICON_VERBS } from './verb-lexicon.js';

/**
 * Verbs of fearing: what they introduce is feared, not held true ("craint que la digue cède"),
 * so its certainty is `possible` (the gold convention of bench/gold-real).
 */
export const FEARING = new Set(['craindre', 'redouter']);

export interface ReportingVerb {
  lemma: string;
  /** Stance a statement introduced by this verb takes; `asserts` unless the verb says more. */
  stance: Stance;
  /** Regular -er verb stem ("affirm"); absent for irregular verbs listed with `forms`. */
  stem?: string;
  /** Stem of the singular present and 3rd plural when it differs ("révèl", "rejett"). */
  presentStem?: string;
  /** Future/conditional stem when it differs from `stem + er` ("rejetter"). */
  futureStem?: string;
  /** Finite forms of irregular verbs (3rd person), participles last. */
  forms?: string[];
  /** Participles of irregular verbs, used after an auxiliary. */
  participles?: string[];
  /** Reflexive ("se demander"): forms take `se`/`s'`, compound tenses take être. */
  reflexive?: boolean;
  /**
   * Requests and accusations ("exige la liste …", "accuse Pékin de …", "appelle les parties à
   * …"): without "que", the statement is the verb phrase itself, verb included. `de` requires
   * "de"/"d'" after the object, `à` requires "à"/"au"/"aux" ("appelle ce logiciel X" names),
   * `comme` requires "comme" ("considère la substance comme cancérigène").
   */
  predicate?: 'request' | 'de' | 'à' | 'comme';
  /**
   * Reports only through a clause ("que …", "si …") or a quotation: its bare object is the
   * person told ("a prévenu les autorités") or it means something else ("assure la sécurité",
   * "ajoute une étape", "répond aux questions"), so the sentence alone states nothing.
   */
  clauseOnly?: boolean;
  /**
   * With `clauseOnly`, not through an infinitive either: "souhaite que …" asks, "souhaite donner
   * la parole" states an intention of the subject's own, which is no statement.
   */
  queOnly?: boolean;
  /**
   * With `predicate: 'de'`, the "de" must open an infinitive ("ordonne de fermer …", "ordonne
   * aux riverains de partir"): "a ordonné le renvoi du dossier" is a court's act, no statement.
   */
  deInfinitive?: boolean;
  /**
   * Reports only in the negative, as a denial ("les analyses ne montrent pas de risque"): a
   * finding rejected. The positive ("cela montre que") is mostly the journalist's narration.
   */
  negatedOnly?: boolean;
  /**
   * Stance without the complement that makes the verb a denial: "se défendre de …" and "s'en
   * défendre" deny, while "« … », s'est défendu X" justifies (LVF: "se défendre de" = nier).
   * Absent: the stance holds in every construction.
   */
  bareStance?: Stance;
  /** In the negative the verb denies ("ne reconnaît pas les faits"), as a negated finding does. */
  deniesWhenNegated?: boolean;
  /**
   * The words right after the verb must match: "écarte la piste criminelle" rules a hypothesis
   * out, "écarte trois joueurs" moves people aside. Absent: any complement.
   */
  object?: RegExp;
}

/** The core table. Keep entries sorted by stance, then alphabetically. */
const CORE_VERBS: ReportingVerb[] = [
  { lemma: 'affirmer', stance: 'asserts', stem: 'affirm' },
  { lemma: 'accuser', stance: 'asserts', stem: 'accus', predicate: 'de' },
  { lemma: 'ajouter', stance: 'asserts', stem: 'ajout', clauseOnly: true },
  { lemma: 'annoncer', stance: 'asserts', stem: 'annonc' },
  {
    lemma: 'appeler',
    stance: 'asserts',
    stem: 'appel',
    presentStem: 'appell',
    futureStem: 'appeller',
    predicate: 'à',
  },
  { lemma: 'assurer', stance: 'asserts', stem: 'assur', clauseOnly: true },
  { lemma: 'avancer', stance: 'asserts', stem: 'avanc' },
  {
    lemma: 'avertir',
    stance: 'asserts',
    clauseOnly: true,
    forms: [
      'avertit',
      'avertissent',
      'avertissait',
      'avertissaient',
      'avertira',
      'avertiront',
      'avertirait',
      'avertiraient',
    ],
    participles: ['averti', 'avertie', 'avertis'],
  },
  { lemma: 'confirmer', stance: 'asserts', stem: 'confirm' },
  { lemma: 'constater', stance: 'asserts', stem: 'constat' },
  { lemma: 'déclarer', stance: 'asserts', stem: 'déclar' },
  { lemma: 'demander', stance: 'asserts', stem: 'demand', predicate: 'request' },
  {
    lemma: 'dire',
    stance: 'asserts',
    forms: ['dit', 'disent', 'disait', 'disaient', 'dira', 'diront', 'dirait', 'diraient'],
    participles: ['dit', 'dite', 'dits'],
  },
  {
    lemma: 'écrire',
    stance: 'asserts',
    forms: ['écrit', 'écrivent', 'écrivait', 'écrivaient', 'écrivit', 'écrira', 'écrirait'],
    participles: ['écrit', 'écrite'],
    // "écrit ses Mémoires", "écrit une lettre": a bare object is the text written, an action.
    clauseOnly: true,
  },
  { lemma: 'estimer', stance: 'asserts', stem: 'estim' },
  { lemma: 'exiger', stance: 'asserts', stem: 'exig', predicate: 'request' },
  { lemma: 'expliquer', stance: 'asserts', stem: 'expliqu' },
  {
    lemma: 'faire savoir',
    stance: 'asserts',
    forms: ['fait savoir', 'font savoir', 'faisait savoir', 'faisaient savoir', 'fera savoir'],
    participles: ['fait savoir'],
  },
  {
    lemma: 'faire valoir',
    stance: 'asserts',
    forms: ['fait valoir', 'font valoir', 'faisait valoir', 'faisaient valoir', 'fera valoir'],
    participles: ['fait valoir'],
  },
  { lemma: 'indiquer', stance: 'asserts', stem: 'indiqu' },
  { lemma: 'insister', stance: 'asserts', stem: 'insist' },
  { lemma: 'juger', stance: 'asserts', stem: 'jug' },
  {
    lemma: 'maintenir',
    stance: 'asserts',
    forms: ['maintient', 'maintiennent', 'maintenait', 'maintenaient', 'maintiendra'],
    participles: ['maintenu', 'maintenue'],
  },
  {
    lemma: 'marteler',
    stance: 'asserts',
    stem: 'martel',
    presentStem: 'martèl',
    futureStem: 'martèler',
  },
  {
    lemma: 'mettre en garde',
    stance: 'asserts',
    forms: ['met en garde', 'mettent en garde', 'mettait en garde'],
    participles: ['mis en garde'],
  },
  { lemma: 'préciser', stance: 'asserts', stem: 'précis' },
  { lemma: 'réclamer', stance: 'asserts', stem: 'réclam', predicate: 'request' },
  {
    lemma: 'prévenir',
    stance: 'asserts',
    clauseOnly: true,
    forms: ['prévient', 'préviennent', 'prévenait', 'prévenaient', 'préviendra', 'préviendrait'],
    participles: ['prévenu', 'prévenue'],
  },
  {
    lemma: 'reconnaître',
    stance: 'asserts',
    // "ne reconnaît pas les faits qui lui sont reprochés": the defence's formula of denial.
    deniesWhenNegated: true,
    forms: [
      'reconnaît',
      'reconnait',
      'reconnaissent',
      'reconnaissait',
      'reconnaissaient',
      'reconnut',
      'reconnaîtra',
      'reconnaîtrait',
    ],
    participles: ['reconnu', 'reconnue', 'reconnus'],
  },
  {
    lemma: 'répondre',
    stance: 'asserts',
    clauseOnly: true,
    forms: ['répond', 'répondent', 'répondait', 'répondit', 'répondra', 'répondrait'],
    participles: ['répondu'],
  },
  { lemma: 'rétorquer', stance: 'asserts', stem: 'rétorqu' },
  // "signale un hors-jeu", "a signalé sa découverte aux autorités": a bare object is a thing
  // pointed out or reported to someone, an action; the statement is in "que …".
  { lemma: 'signaler', stance: 'asserts', stem: 'signal', clauseOnly: true },
  { lemma: 'souligner', stance: 'asserts', stem: 'soulign' },
  { lemma: 'soupçonner', stance: 'asserts', stem: 'soupçonn', predicate: 'de' },
  {
    lemma: 'soutenir',
    stance: 'asserts',
    forms: [
      'soutient',
      'soutiennent',
      'soutenait',
      'soutenaient',
      'soutint',
      'soutiendra',
      'soutiendrait',
    ],
    participles: ['soutenu', 'soutenue'],
  },
  {
    lemma: 'balayer',
    stance: 'denies',
    stem: 'balay',
    presentStem: 'balai',
    futureStem: 'balaier',
  },
  { lemma: 'contester', stance: 'denies', stem: 'contest' },
  {
    lemma: 'démentir',
    stance: 'denies',
    forms: [
      'dément',
      'démentent',
      'démentait',
      'démentaient',
      'démentit',
      'démentira',
      'démentirait',
      // Subjunctive: "bien que l'entreprise démente".
      'démente',
    ],
    participles: ['démenti', 'démentie', 'démentis'],
  },
  { lemma: 'nier', stance: 'denies', stem: 'ni' },
  { lemma: 'réfuter', stance: 'denies', stem: 'réfut' },
  {
    lemma: 'rejeter',
    stance: 'denies',
    stem: 'rejet',
    presentStem: 'rejett',
    futureStem: 'rejetter',
  },
  { lemma: 'se demander', stance: 'questions', stem: 'demand', reflexive: true },
  { lemma: "s'interroger", stance: 'questions', stem: 'interrog', reflexive: true },
  // "raconte son enfance", "raconte les nuits de …": a bare object is a story told, no statement.
  { lemma: 'raconter', stance: 'reports', stem: 'racont', clauseOnly: true },
  {
    lemma: 'rappeler',
    stance: 'reports',
    stem: 'rappel',
    presentStem: 'rappell',
    futureStem: 'rappeller',
  },
  { lemma: 'rapporter', stance: 'reports', stem: 'rapport' },
  { lemma: 'relater', stance: 'reports', stem: 'relat' },
  { lemma: 'révéler', stance: 'reports', stem: 'révél', presentStem: 'révèl' },
];

/** All reporting verbs: the core table and the LVF communication verbs (verb-lexicon.ts). */
export const REPORTING_VERBS: ReportingVerb[] = [...CORE_VERBS, ...LEXICON_VERBS];

/** Auxiliaries of the compound tenses (passé composé, plus-que-parfait, futur antérieur, conditionnel passé). */
export const AUXILIARIES = [
  'a',
  'ont',
  'avait',
  'avaient',
  'aura',
  'auront',
  'aurait',
  'auraient',
  'avons',
  'ai',
];
/** Adverbs that may sit between auxiliary and participle, or after the verb. */
export const VERB_ADVERBS = [
  'également',
  'aussi',
  'ensuite',
  'déjà',
  'encore',
  'toujours',
  "d'ailleurs",
  'toutefois',
  'pourtant',
  'cependant',
  'notamment',
  'alors',
  'enfin',
  'publiquement',
  'officiellement',
  'clairement',
  'fermement',
  'catégoriquement',
  'formellement',
  'vivement',
  'récemment',
  'même',
  // Consequence: "a ainsi déclaré qu'…", "a donc reconnu".
  'ainsi',
  'donc',
  'bien',
  // Speed: a denial is news for how fast it came ("a aussitôt démenti", "a très vite démenti").
  'aussitôt',
  'immédiatement',
  'rapidement',
  'vite',
  'très',
  'sitôt',
  // Floating quantifiers of a plural subject: "ont toutes publié un démenti", "ont tous affirmé".
  'tous',
  'toutes',
];

/** -cer and -ger verbs keep their sound before a and o: annonça, interrogeait. */
function soft(stem: string): string {
  if (stem.endsWith('c')) return `${stem.slice(0, -1)}ç`;
  if (stem.endsWith('g')) return `${stem}e`;
  return stem;
}

/** Finite 3rd-person forms of a regular -er verb. */
function erForms(v: ReportingVerb & { stem: string }): string[] {
  const present = v.presentStem ?? v.stem;
  const future = v.futureStem ?? `${v.stem}er`;
  const s = soft(v.stem);
  return [
    `${present}e`,
    `${present}ent`,
    `${s}ons`,
    `${s}ait`,
    `${s}aient`,
    `${s}a`,
    `${v.stem}èrent`,
    `${future}a`,
    `${future}ont`,
    `${future}ait`,
    `${future}aient`,
  ];
}

/**
 * Past finite forms (imparfait, passé simple) of all the verbs: regular ones from their stems;
 * irregular ones by ending (-ait/-aient but not the conditional's -rait, -it/-ut/-irent/-urent),
 * except "dit", which is far more often the present.
 */
export const PAST_FINITE: ReadonlySet<string> = new Set(
  REPORTING_VERBS.flatMap((v) => {
    if (v.stem !== undefined) {
      const s = soft(v.stem);
      return [`${s}ait`, `${s}aient`, `${s}a`, `${v.stem}èrent`];
    }
    return (v.forms ?? []).filter(
      (f) => f !== 'dit' && (/(?<!r)(?:ait|aient)$/u.test(f) || /(?:it|ut|irent|urent)$/u.test(f)),
    );
  }),
);

/** Auxiliaries whose compound tense is a past (passé composé, plus-que-parfait). */
export const PAST_AUXILIARIES: ReadonlySet<string> = new Set([
  'a',
  'ont',
  'avait',
  'avaient',
  'avons',
  'ai',
  "s'est",
  's’est',
  'se sont',
]);

/** All finite forms and participles of a verb (reflexive pronoun not included). */
export function formsOf(v: ReportingVerb): { finite: string[]; participles: string[] } {
  if (v.stem !== undefined) {
    const stem = v.stem;
    return {
      finite: erForms({ ...v, stem }),
      participles: [`${stem}é`, `${stem}ée`, `${stem}és`, `${stem}ées`],
    };
  }
  return { finite: v.forms ?? [], participles: v.participles ?? [] };
}

/** Index from a folded form (finite or participle) to its verbs ("demande": two of them). */
const BY_FORM = new Map<string, ReportingVerb[]>();
for (const v of REPORTING_VERBS) {
  const { finite, participles } = formsOf(v);
  for (const f of new Set([...finite, ...participles].map((x) => x.toLowerCase()))) {
    BY_FORM.set(f, [...(BY_FORM.get(f) ?? []), v]);
  }
}

/**
 * The verb a matched form belongs to; with `reflexive` given, the reflexive or plain verb of
 * that form ("se demande" → se demander, "demande" → demander), else the first listed.
 */
export function verbOfForm(form: string, reflexive?: boolean): ReportingVerb | undefined {
  const verbs = BY_FORM.get(form.toLowerCase().replace(/-t$/, '')) ?? [];
  if (reflexive === undefined) return verbs[0];
  return verbs.find((v) => (v.reflexive === true) === reflexive) ?? verbs[0];
}

/** Alternation of words as a trie, so the scan stays linear with hundreds of verb forms. */
const alt = (words: string[]): string => trieAlternation(words);

const ALL_FINITE = REPORTING_VERBS.flatMap((v) => formsOf(v).finite);
const ALL_PARTICIPLES = REPORTING_VERBS.flatMap((v) => formsOf(v).participles);
/** Up to two adverbs between auxiliary and participle ("a très vite démenti"); bounded, so linear. */
const ADV = `(?:(?:${alt(VERB_ADVERBS)})\\s+){0,2}`;

/**
 * The negation word of a compound tense, between auxiliary and participle ("n'a pas démontré",
 * "ne l'ont jamais affirmé"); named group `neg`, so the match knows it is negated.
 */
const NEG = `(?:(?<neg>pas|jamais|rien|plus|guère|point|nullement)\\s+)?`;

/**
 * A short incise between commas after the auxiliary: a stressed pronoun ("a, elle, demandé",
 * "a, lui aussi, dénoncé") or a phrase of up to four words ("avait, de son côté, démenti",
 * "a, dès lundi, annoncé"). Bounded in words and free of punctuation, so the scan stays linear.
 */
const INCISE = `(?:,\\s*[^\\s,.;:!?«»()"“”]+(?:\\s+[^\\s,.;:!?«»()"“”]+){0,3}\\s*,)?`;

/**
 * Verbs that govern a reporting verb in the infinitive and leave the statement to it: "tient à
 * rappeler que", "s'accordent à dire que", "a fini par reconnaître que", "ne cesse de répéter
 * que", "n'hésite pas à dénoncer", "en profite pour dénoncer", "va jusqu'à affirmer". The
 * negation of "ne cesse de", "n'hésite pas à" belongs to the governor: the statement is made.
 * Their subject is the reporting verb's (issue 11: "chacun s'accorde à dire qu'il n'y a …").
 */
const GOVERNORS = [
  ...['tient', 'tiennent', 'tenait', 'tenaient', 'tint', 'tiendra'],
  ...['a tenu', 'ont tenu', 'avait tenu', 'avaient tenu'],
  ...["s'accorde", "s'accordent", "s'accordait", "s'accordaient", "s'accordera"],
  ...['finit', 'finissent', 'finira', 'a fini', 'ont fini', 'avait fini', 'avaient fini'],
  ...['ne cesse', 'ne cessent', 'ne cessait', 'ne cessaient', "n'a cessé", "n'ont cessé"],
  ...["n'a pas cessé", "n'ont pas cessé"],
  ...["n'hésite pas", "n'hésitent pas", "n'hésitait pas", "n'a pas hésité", "n'ont pas hésité"],
  ...['ne manque pas', 'ne manquent pas', "n'a pas manqué", "n'ont pas manqué"],
  ...['en profite', 'en profitent', 'en a profité', 'en ont profité', 'en profitait'],
  ...['va', 'vont', 'allait', 'est allé', 'est allée', 'sont allés', 'sont allées'].map(
    (g) => `${g} jusqu'`,
  ),
  ...['se borne', 'se bornent', "s'est borné", "s'est bornée", 'se contente', 'se contentent'],
  ...["s'est contenté", "s'est contentée", "s'empresse", "s'empressent", "s'est empressé"],
  ...["s'est empressée", 'veut', 'veulent', 'voulait', 'voulaient', 'a voulu', 'ont voulu'],
  // "commence par affirmer que" opens a statement; "commence à s'interroger" narrates a doubt.
  ...['commence', 'commencent', 'commençait', 'a commencé', 'ont commencé'].map((g) => `${g} par`),
];
/** The governor with its particle ("tient à", "finit par", "ne cesse de/d'"). */
const GOVERNOR =
  `(?<gov>${alt(GOVERNORS)})` + `(?:\\s+(?:à|de|par|pour)\\s+|\\s+d['’]|(?<=jusqu['’])à\\s+|\\s+)`;

/** Infinitives of the reporting verbs, but not the negated-only findings ("montrer"). */
const INFINITIVES = REPORTING_VERBS.filter((v) => v.negatedOnly !== true).map((v) =>
  v.stem !== undefined ? `${v.stem}er` : v.lemma.replace(/^(?:se\s+|s')/u, ''),
);
for (const v of REPORTING_VERBS) {
  if (v.negatedOnly === true) continue;
  const inf = (
    v.stem !== undefined ? `${v.stem}er` : v.lemma.replace(/^(?:se\s+|s')/u, '')
  ).toLowerCase();
  BY_FORM.set(inf, [...(BY_FORM.get(inf) ?? []), v]);
}

/** Source of a regex matching the infinitive of a reporting verb ("ajouter", "conclure"). */
export const REPORTING_INFINITIVE = alt(INFINITIVES);

/** Source of a regex matching one verb group; named group `form` holds the verb itself. */
export const VERB_GROUP =
  `(?:(?:(?<refl>se\\s+|s['’])(?<en>en\\s+)?)?(?<form>${alt(ALL_FINITE)})` +
  `|(?<aux>${alt(AUXILIARIES)}|s['’]est|se\\s+sont)${INCISE}\\s+${NEG}${ADV}(?<part>${alt(ALL_PARTICIPLES)})` +
  `|${GOVERNOR}(?<irefl>se\\s+|s['’])?(?<inf>${alt(INFINITIVES)}))`;

/** Inverted subject pronoun after the verb: "affirme-t-il", "a-t-elle déclaré", "disent-ils". */
export const INVERTED_PRONOUN =
  `(?:(?<iform>${alt(ALL_FINITE)})(?:-t)?-(?<ipron>il|elle|ils|elles|on)` +
  `|(?:a|avait|aurait)-t-(?<apron>il|elle|on)\\s+${ADV}(?<ipart>${alt(ALL_PARTICIPLES)}))`;

/** Letters-only boundary lookarounds for building word-level regexes. */
export const WB_BEFORE = "(?<![\\p{L}\\p{N}'’-])";
/**
 * Start of a verb group: a word boundary, or right after an elided negation or clitic of a
 * negation ("n'a pas dit", "n'établit pas", "ne l'a jamais démenti"), which the plain boundary
 * rejects for the apostrophe. Other elisions stay out: in "ce qu'a dit le ministre" and "il
 * l'affirme" the verb does not introduce a statement of its own.
 */
export const VERB_BEFORE = `(?:${WB_BEFORE}|(?<=(?<!\\p{L})[nN]['’])|(?<=(?<!\\p{L})[nN]e\\s+[lL]['’]))`;
export const WB_AFTER = '(?![\\p{L}\\p{N}])';
