/**
 * Reporting verbs in their other senses and parts of speech (issue 11, precision on unseen
 * pages). A form of a verb of saying is not always that verb saying something:
 * - it may be an adjective or a noun ("la dépendance critique des institutions", "une situation
 *   critique", "très critique"): TLFi and Wiktionnaire give these forms as adjectives or nouns
 *   too, and a finite verb never stands after a degree adverb, after a copula, or after a noun
 *   phrase that is itself a complement and before a noun's own complement;
 * - it may be the verb in a sense that states nothing: TLFi "accuser" II.B "laisser apparaître,
 *   faire ressortir" ("accuser un retard, une baisse, le coup", "accuser réception"); TLFi
 *   "demander" B.2 "(le sujet désigne une chose) avoir besoin de, nécessiter" ("ce travail
 *   demande du temps", "un ouvrage demande maturation"); TLFi "annoncer" B "être le signe de"
 *   ("le ciel annonce la pluie", "cette défaite annonce une fin de saison difficile").
 * Each test reads a bounded window around the verb, so the scan stays linear.
 */

/**
 * Finite forms that are also adjectives or nouns (TLFi, Wiktionnaire), for which the position
 * decides: "critique", "précise", "complète" (adjectives); "note", "annonce", "estime", "juge",
 * "demande", "avance", "relève", "remarque", "réplique", "analyse", "alerte", "nuance" (nouns).
 */
const AMBIGUOUS_FORMS: ReadonlySet<string> = new Set(
  `critique précise complète note annonce estime juge demande avance relève remarque réplique
  analyse alerte nuance`.split(/\s+/),
);

/**
 * Right before the form: a degree adverb ("très critique", "si précise") or a copula ("reste
 * critique", "est juge et partie"); neither ever stands right before a finite verb.
 */
const ADJECTIVE_BEFORE =
  /(?:^|[^\p{L}'’])(?:très|trop|assez|si|particulièrement|extrêmement|plutôt|est|sont|était|étaient|reste|restent|restait|demeure|demeurent|semble|semblent|paraît|devient|deviennent|sera|serait)\s+$/iu;

/**
 * A noun phrase that is a complement, right before the form: a determiner and one lower-case
 * noun after a word that opens no clause (a verb or a preposition: "illustre la dépendance",
 * "dans un esprit"). Clause openers (conjunctions, relatives, "que", punctuation) leave the
 * phrase a subject ("et le syndicat critique", "que la commission juge").
 */
const COMPLEMENT_NP_BEFORE =
  /(?:^|[^\p{L}'’])(?!(?:et|ou|mais|or|donc|car|puis|que|qu|quand|lorsque|lorsqu|si|comme|dont|où|alors|ainsi|aussi|enfin|ensuite|désormais|hier|aujourd|également|pourtant|toutefois|cependant|encore|déjà|soir|matin)(?![\p{L}'’]))\p{Ll}[\p{L}-]*\s+(?:(?:le|la|les|un|une|ce|cet|cette|ces|son|sa|ses|leur|leurs)\s+|l['’]\s*)\p{Ll}[\p{L}-]*\s+$/u;

/**
 * A prepositional phrase opening its clause, its noun right before the form ("Dans un esprit
 * critique, …", ", dans une forme critique depuis …"): an adverbial, never a subject. Inside a
 * clause a prepositional phrase may end the subject ("la note publiée par le ministère estime
 * que …"), which `COMPLEMENT_NP_BEFORE` leaves to what follows the form.
 */
const PREPOSITION_NP_BEFORE =
  /(?:^|[,;:(—–]\s*)(?:dans|sur|sous|avec|sans|pour|par|vers|chez|contre|entre|envers|après|avant|depuis|pendant)\s+(?:(?:le|la|les|un|une|ce|cet|cette|ces|son|sa|ses|leur|leurs)\s+|l['’]\s*)\p{Ll}[\p{L}-]*\s+$/iu;

/**
 * What follows an adjective or a noun, never a verb of saying: the noun's own complement ("des
 * institutions", "envers la direction", "vis-à-vis de"), a comma, a full stop or "et".
 */
const NOT_OBJECT_AFTER =
  /^(?:\s*[,;.:!?)]|\s+(?:de|du|des|d['’]|envers|vis-à-vis|sur|pour|et|ou)(?![\p{L}'’]))/u;

/** How far around the form its position is read. */
const POSITION_WINDOW = 60;

/** Whether the ambiguous form at `start`..`end` stands where an adjective or a noun stands. */
function isAdjectiveOrNoun(text: string, start: number, end: number, form: string): boolean {
  if (!AMBIGUOUS_FORMS.has(form.toLowerCase())) return false;
  const before = text.slice(Math.max(0, start - POSITION_WINDOW), start);
  if (ADJECTIVE_BEFORE.test(before) || PREPOSITION_NP_BEFORE.test(before)) return true;
  return COMPLEMENT_NP_BEFORE.test(before) && NOT_OBJECT_AFTER.test(text.slice(end, end + 16));
}

/**
 * "accuser" meaning "show" (TLFi II.B): a loss, a delay, a fall, a blow, a receipt; maybe after
 * an adverb, a determiner and an adjective ("accuse une nouvelle fois un lourd déficit").
 */
const SHOWN_OBJECT =
  /^\s+(?:\p{Ll}+ment\s+|(?:encore|aussi|également|déjà|toujours|désormais)\s+)?(?:réception|(?:un|une|le|la|l['’]|les|des|son|sa|ses|leur|leurs|du|de|d['’])\s*(?:(?:nouvel(?:le)?|nouveaux|net(?:te)?|lourd(?:e)?|sérieux|sérieuse|gros(?:se)?|léger|légère|fort(?:e)?|important(?:e)?|certain(?:e)?|sévère|petit(?:e)?)\s+)?(?:retards?|baisses?|déficits?|pertes?|reculs?|replis?|chutes?|coups?|hausses?|écarts?|fléchissements?|ralentissements?|contre-performances?|revers|défaites?|points?|secondes?|minutes?|longueurs?|âge|fatigue)(?![\p{L}-]))/iu;

/**
 * Subjects of "demander" meaning "require" (TLFi B.2): a task, a work or a process ("ce
 * travail", "un ouvrage", "le chantier", "la réforme"), maybe with its complements, up to 60
 * characters before the verb.
 */
const TASK_SUBJECT =
  /(?:^|[^\p{L}'’])(?:(?:[Ll]e|[Ll]a|[Ll]es|[Uu]n|[Uu]ne|[Cc]e|[Cc]et|[Cc]ette|[Cc]es|[Cc]haque|[Tt]out|[Tt]oute|[Ss]on|[Ss]a|[Ll]eur)\s+|[Ll]['’]\s*)(?:travail|travaux|tâche|ouvrage|chantier|projet|opération|procédure|réforme|métier|exercice|mission|processus|transition|rénovation|construction|reconstruction|restauration|réparation|préparation|formation|apprentissage|entretien|démarche|saison|course|ascension|recette|culture)s?(?![\p{L}'’])[^.;:!?«»,]{0,60}$/u;

/**
 * What a thing requires: a quantity or a partitive ("du temps", "de la patience", "beaucoup de
 * moyens") or a bare noun ("maturation et distance"); never "à", "de" + infinitive, "que".
 */
const REQUIRED_OBJECT =
  /^\s+(?:\p{Ll}+ment\s+|(?:aussi|également|encore|toujours|souvent|surtout)\s+)?(?:(?:du|de\s+la|de\s+l['’]|des|beaucoup\s+d(?:e|['’])|énormément\s+d(?:e|['’])|plus\s+d(?:e|['’])|moins\s+d(?:e|['’])|peu\s+d(?:e|['’])|un\s+peu\s+d(?:e|['’])|tant\s+d(?:e|['’])|autant\s+d(?:e|['’])|davantage\s+d(?:e|['’])|bien\s+du)\s*\p{Ll}|(?!(?:le|la|les|un|une|à|au|aux|que|si|de|son|sa|ses|leur|leurs|ce|cette|ces|notre|nos|votre|vos)(?![\p{L}'’]))\p{Ll}{3,}(?![\p{L}'’]))/u;

/**
 * Subjects of "annoncer" meaning "be the sign of, foretell" (TLFi "annoncer" B: "le ciel annonce
 * la pluie"): weather, signs, results and events, seasons and periods, changes in figures, maybe
 * with their complements, up to 50 characters before the verb. A forecast, a bulletin or a
 * report announces as a speaker does, so they are not here. Lower-case nouns only: "Le Temps"
 * is a newspaper.
 */
const OMEN_SUBJECT =
  /(?:^|[^\p{L}'’])(?:(?:[Ll]e|[Ll]a|[Ll]es|[Uu]n|[Uu]ne|[Cc]e|[Cc]et|[Cc]ette|[Cc]es|[Ss]on|[Ss]a|[Ss]es|[Ll]eurs?)\s+|[Ll]['’]\s*)(?:ciel|nuages?|vents?|orages?|temps|signes?|indices?|symptômes?|résultats?|victoires?|défaites?|match|matchs|scores?|votes?|scrutins?|hausses?|baisses?|chutes?|reculs?|reprises?|retours?|arrivées?|crises?|printemps|été|automne|hiver|rentrée|début|fin|saisons?|année|semaine|week-end)(?![\p{L}'’])[^.;:!?«»,]{0,50}$/u;

/**
 * Whether the reporting verb form at `start`..`end` (of lemma `lemma`) is used in another part
 * of speech or in a sense that reports nothing (see the header).
 */
export function isOtherSense(
  text: string,
  start: number,
  end: number,
  form: string,
  lemma: string,
): boolean {
  if (isAdjectiveOrNoun(text, start, end, form)) return true;
  const after = text.slice(end, end + 80);
  if (lemma === 'accuser') return SHOWN_OBJECT.test(after);
  if (lemma === 'annoncer') return OMEN_SUBJECT.test(text.slice(Math.max(0, start - 100), start));
  if (lemma === 'demander') {
    return (
      REQUIRED_OBJECT.test(after) && TASK_SUBJECT.test(text.slice(Math.max(0, start - 120), start))
    );
  }
  return false;
}
