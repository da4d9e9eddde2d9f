import { describe, expect, it } from 'vitest';
import { stanceOfOnly as stanceOf } from './helpers/rules.js';

/**
 * Issue 11, round 7: every denial found is labelled `denies`. Denials as francophone press
 * writes them (France, Belgium, Switzerland, Quebec, Africa; court, politics, business, police,
 * sport, faits-divers, health), grouped by construction, and the descriptive negatives that must
 * stay `asserts`. All sentences written for these tests.
 */
type Row = [sentence: string, stance: string];

const DENIAL_VERBS: Row[] = [
  ['Le ministre nie avoir reçu le moindre financement de cette entreprise.', 'denies'],
  ['L’accusé Karim Benali nie les faits qui lui sont reprochés.', 'denies'],
  ['La direction de Carrefour dément toute fermeture de magasin en Wallonie.', 'denies'],
  [
    'Le président du FC Sion Christian Constantin dément avoir contacté l’attaquant lausannois.',
    'denies',
  ],
  ['La mairie de Québec réfute les chiffres avancés par l’opposition.', 'denies'],
  ['Le syndicat conteste la version de la direction sur les licenciements.', 'denies'],
  ['Me Sophie Lemaire conteste la régularité de la garde à vue.', 'denies'],
  ['La défense récuse les conclusions de l’expertise psychiatrique.', 'denies'],
  ['Le gouvernement ivoirien rejette les accusations de fraude électorale.', 'denies'],
  ['Le bourgmestre de Charleroi rejette toute responsabilité dans ce drame.', 'denies'],
  ['Le porte-parole de la police balaie les accusations de violences.', 'denies'],
  ['La ministre de la Santé balaie ces critiques d’un revers de main.', 'denies'],
  ['Le club de Lorient s’inscrit en faux contre ces informations.', 'denies'],
  ['L’entraîneur Pierre Marchal se défend de tout favoritisme envers son fils.', 'denies'],
  ['Le groupe Nestlé oppose un démenti formel à ces allégations.', 'denies'],
  ['Le préfet oppose une fin de non-recevoir à la demande des riverains.', 'denies'],
  ['Le procureur Jean Lambert écarte la piste criminelle.', 'denies'],
  ['La police écarte l’hypothèse d’un attentat.', 'denies'],
  [
    '« Nous démentons catégoriquement ces rumeurs de rachat », explique le porte-parole du Standard.',
    'denies',
  ],
  [
    '« Je conteste formellement avoir été présent ce soir-là », déclare le prévenu Luc Martin.',
    'denies',
  ],
  ['« Mon client nie toute implication dans ce trafic », a indiqué Me Anne Dubois.', 'denies'],
  ['Le maire de Dakar a démenti avoir signé ce décret.', 'denies'],
  ['Le joueur a réfuté toute idée de départ en janvier.', 'denies'],
  ['Le président du Conseil d’État genevois conteste ces chiffres.', 'denies'],
];

const MORE_DENIAL_VERBS: Row[] = [
  ['Le ministre dénie toute responsabilité dans ce naufrage.', 'denies'],
  ['Le porte-parole de la police a infirmé cette information.', 'denies'],
  ['Le parti a désavoué les propos de son candidat.', 'denies'],
  ['Le maire contredit la version du préfet.', 'denies'],
  ['Le directeur minimise la portée de la fuite.', 'denies'],
  ['La police exclut la piste terroriste.', 'denies'],
  ['L’expert bat en brèche les arguments de l’accusation.', 'denies'],
  ['La ministre a battu en brèche ces accusations.', 'denies'],
  ['Le maire écarte toute idée de démission.', 'denies'],
  ['« Je ne suis coupable de rien », clame le prévenu Marc Lefort.', 'denies'],
];

const NEGATED_REPORTED_CLAUSE: Row[] = [
  ['Le ministre affirme que ce n’est pas une hausse d’impôt déguisée.', 'denies'],
  ['Le maire de Liège assure n’avoir jamais reçu cette lettre.', 'denies'],
  ['La directrice explique ne pas avoir été informée de la plainte.', 'denies'],
  ['Le prévenu jure qu’il n’a rien volé dans ce magasin.', 'denies'],
  ['Le club affirme que le joueur n’est pas à vendre.', 'denies'],
  ['La société affirme que ses produits ne contiennent pas de pesticides.', 'denies'],
  ['L’agence sanitaire assure que l’eau du robinet n’est pas contaminée.', 'denies'],
  ['Le porte-parole du gouvernement assure que la réforme ne touche pas aux pensions.', 'denies'],
  ['Le directeur de l’usine affirme que l’entreprise ne délocalise pas sa production.', 'denies'],
  ['Le ministre déclare que la France ne livre pas d’armes à ce pays.', 'denies'],
  ['Le président du club assure qu’il n’y a aucun accord avec le Standard.', 'denies'],
  ['La mairesse de Montréal affirme que la Ville n’a pas caché ce rapport.', 'denies'],
  ['Le PDG affirme que le groupe ne ferme pas son site de Seraing.', 'denies'],
  ['Le suspect a déclaré aux enquêteurs qu’il ne connaissait pas la victime.', 'denies'],
  ['L’avocat soutient que son client n’était pas sur les lieux.', 'denies'],
  ['Le gendarme Marc Lefort affirme qu’il n’a pas utilisé son arme.', 'denies'],
  ['La ministre assure ne rien savoir de ces contrats.', 'denies'],
  ['Le patron de la banque affirme n’avoir commis aucune erreur.', 'denies'],
  ['Le footballeur explique ne jamais avoir parlé avec ce club.', 'denies'],
  ['Le député dit n’avoir jamais touché d’argent liquide.', 'denies'],
  ['Le chef de l’État a assuré que le pays n’était pas en récession.', 'denies'],
  [
    'La compagnie aérienne Brussels Airlines assure que ses avions ne présentent aucun danger.',
    'denies',
  ],
  ['Le ministre de la Défense affirme que l’armée n’a pas bombardé ce village.', 'denies'],
  ['Le porte-parole de l’Élysée indique que le président n’a pas été consulté.', 'denies'],
  ['L’entreprise affirme qu’elle ne licencie personne.', 'denies'],
];

const NEGATED_DIRECT_QUOTE: Row[] = [
  ['« Je n’ai rien fait », a déclaré le prévenu Thomas Girard à l’audience.', 'denies'],
  [
    '« Il n’y a aucun lien entre les deux dossiers », explique le procureur Jean Lambert.',
    'denies',
  ],
  ['« Ce n’est pas vrai », répond la ministre Claire Fontaine.', 'denies'],
  [
    '« Rien ne permet de dire que le feu est criminel », explique le capitaine Marc Petit.',
    'denies',
  ],
  [
    '« Nous ne sommes pas responsables de cette pollution », déclare le directeur du site.',
    'denies',
  ],
  [
    '« Il n’a jamais été question de fermer la maternité », déclare le directeur de l’hôpital.',
    'denies',
  ],
  [
    '« Personne n’a été licencié pour raisons politiques », déclare le ministre Paul Ndiaye.',
    'denies',
  ],
  ['« Aucune décision n’a été prise », indique le porte-parole de la commune.', 'denies'],
  ['« Je n’ai jamais frappé ma femme », déclare le prévenu Marc Lefort.', 'denies'],
  ['« Ce n’est pas un plan social », déclare le PDG Jean Dupuis.', 'denies'],
  ['« L’eau n’est pas polluée », explique la porte-parole de la régie Anne Leroy.', 'denies'],
  ['« Le vaccin n’est pas dangereux pour les enfants », déclare le docteur Marc Blanc.', 'denies'],
  [
    '« Nous n’avons pas reçu d’offre pour notre capitaine », explique le directeur sportif du club.',
    'denies',
  ],
  ['« Je ne suis pas candidat à la mairie », déclare le ministre Paul Vidal.', 'denies'],
  ['« Je n’ai pas démissionné », déclare le sélectionneur Paul Vidal.', 'denies'],
  ['« Le gouvernement ne cache rien », explique la porte-parole Claire Fontaine.', 'denies'],
  ['« Nous ne fermons aucune école », déclare l’échevin de l’Enseignement.', 'denies'],
  ['« Il n’y a pas de fuite radioactive », indique le directeur de la centrale.', 'denies'],
  ['« Ce produit ne présente pas de risque pour la santé », explique l’agence Anses.', 'denies'],
  ['« L’usine ne rejette rien dans la rivière », déclare le directeur Paul Vidal.', 'denies'],
  [
    '« Mon client n’a jamais mis les pieds dans cet appartement », plaide Me Anne Dubois.',
    'denies',
  ],
  ['« Je n’ai pas tiré », explique le policier Marc Lefort devant la cour d’assises.', 'denies'],
  ['« Nous n’avons pas négocié avec les ravisseurs », déclare le ministre Paul Ndiaye.', 'denies'],
  ['« Ce n’était pas un guet-apens », explique l’avocat de la défense.', 'denies'],
  ['« Il n’y a jamais eu d’accord secret », déclare le président Paul Ndiaye.', 'denies'],
  ['« Nous n’avons jamais vendu ces données », indique la porte-parole de la société.', 'denies'],
  ['« Le club ne traverse pas de crise », déclare l’entraîneur Marc Petit.', 'denies'],
  ['« Le joueur n’a pas été agressé », précise le porte-parole de la police Luc Martin.', 'denies'],
  ['« Je n’ai pas signé ce contrat », déclare le bourgmestre Luc Martin.', 'denies'],
  ['« La centrale n’a subi aucun dommage », indique l’exploitant Paul Vidal.', 'denies'],
  ['« Ce n’est pas une sanction », précise le directeur sportif Marc Petit.', 'denies'],
  ['« Je ne suis pas raciste », déclare l’humoriste Paul Vidal.', 'denies'],
  ['« Les policiers n’ont pas chargé les manifestants », indique le préfet Marc Blanc.', 'denies'],
  ['« Le conseil communal n’a pas voté le budget », indique l’échevin Luc Martin.', 'denies'],
  ['« Le tribunal n’a pas retenu la préméditation », indique Me Anne Dubois.', 'denies'],
  ['« Rien n’a été caché aux familles », assure le directeur Paul Vidal.', 'denies'],
  ['« Il n’y a pas eu de cover-up », déclare le ministre Paul Ndiaye.', 'denies'],
  [
    '« Nous n’avons pas touché à l’argent des contribuables », déclare le trésorier Paul Vidal.',
    'denies',
  ],
  [
    '« Le Standard n’a jamais approché ce joueur », indique le directeur sportif Marc Petit.',
    'denies',
  ],
  [
    '« Le barrage ne présente aucun signe de faiblesse », indique l’ingénieur Paul Vidal.',
    'denies',
  ],
];

const NOT_KNOWING: Row[] = [
  ['« Je ne connaissais pas cet homme », déclare l’accusée Marie Lenoir.', 'denies'],
  ['« Je ne savais pas que la voiture était volée », explique le prévenu Luc Martin.', 'denies'],
  ['« J’ignorais tout de ces virements », déclare l’ancien trésorier Paul Vidal.', 'denies'],
  ['Le ministre affirme qu’il n’était pas au courant de ces versements.', 'denies'],
  ['Le prévenu explique qu’il ignorait que l’arme était chargée.', 'denies'],
  [
    '« Je n’étais pas au courant de cette réunion », déclare la ministre Claire Fontaine.',
    'denies',
  ],
  ['L’ancien directeur dit n’avoir jamais eu connaissance de ces faits.', 'denies'],
];

const FALSITY_WORDS: Row[] = [
  ['« C’est faux », répond le ministre Paul Ndiaye.', 'denies'],
  ['« Ces accusations sont infondées », déclare l’avocat Luc Martin.', 'denies'],
  ['« C’est un mensonge », déclare la présidente du club Claire Fontaine.', 'denies'],
  ['« Ce sont des calomnies », déclare le député Paul Vidal.', 'denies'],
  [
    '« Le ministre n’est aucunement concerné par cette enquête », indique son porte-parole Luc Martin.',
    'denies',
  ],
  ['« Mon client n’est nullement impliqué », déclare Me Anne Dubois.', 'denies'],
  ['« En aucun cas la sécurité des passagers n’a été menacée », assure la compagnie.', 'denies'],
  ['« Pas du tout », répond l’entraîneur Marc Petit.', 'denies'],
  ['« Absolument faux », lance le porte-parole du parti Paul Vidal.', 'denies'],
  ['« Ces informations sont sans fondement », déclare le Quai d’Orsay.', 'denies'],
  ['« Ce sont de fausses rumeurs », indique le club de Genk.', 'denies'],
  [
    '« Il est faux de dire que l’hôpital manque de lits », déclare le ministre Paul Ndiaye.',
    'denies',
  ],
  ['« Cette information est totalement erronée », déclare la direction de la SNCB.', 'denies'],
  ['« Non, la piscine ne fermera pas cet été », répond l’échevine Claire Fontaine.', 'denies'],
];

const ACCORDING_TO: Row[] = [
  ['Selon la police, il n’y a pas de lien entre les deux incendies.', 'denies'],
  ['Selon l’avocat du prévenu, son client n’a jamais menacé personne.', 'denies'],
  ['Selon la direction, aucun licenciement n’est prévu.', 'denies'],
  ['D’après le ministère, il n’y a aucun risque pour la population.', 'denies'],
  ['Selon le club, le joueur n’est pas blessé.', 'denies'],
  ['Selon l’agence sanitaire, ce produit n’est pas cancérogène.', 'denies'],
];

const NEAR_MISSES: Row[] = [
  [
    '« Le club n’a pas pu jouer à cause de la neige », explique l’entraîneur Marc Petit.',
    'asserts',
  ],
  [
    '« Les pompiers n’ont pas encore maîtrisé le feu », indique le capitaine Marc Petit.',
    'asserts',
  ],
  [
    '« Nous ne demandons que le respect de la loi », déclare le syndicaliste Paul Vidal.',
    'asserts',
  ],
  [
    '« Le gouvernement ne cesse de mentir aux agriculteurs », déclare la députée Claire Fontaine.',
    'asserts',
  ],
  ['« Nous n’hésiterons pas à porter plainte », déclare l’avocat Luc Martin.', 'asserts'],
  [
    '« Je n’hésite pas à dire que ce joueur est le meilleur », déclare l’entraîneur Marc Petit.',
    'asserts',
  ],
  [
    '« Il ne manque pas de talent », déclare l’entraîneur Marc Petit à propos de son attaquant.',
    'asserts',
  ],
  ['« Le gouvernement n’a rien fait pour les sinistrés », dénonce le maire Paul Vidal.', 'asserts'],
  [
    '« La mairie n’a rien fait pour les commerçants », déplore la commerçante Anne Leroy.',
    'asserts',
  ],
  ['« Il n’y a plus de médecins dans nos villages », déplore la maire Claire Fontaine.', 'asserts'],
  ['« Ce n’est pas suffisant », estime la syndicaliste Anne Leroy.', 'asserts'],
  ['« Ce n’est pas facile de perdre à domicile », explique le gardien Marc Petit.', 'asserts'],
  ['« Il ne faut pas céder à la panique », déclare le préfet Marc Blanc.', 'asserts'],
  [
    '« Les victimes ne pourront pas être indemnisées avant l’été », explique l’avocat Luc Martin.',
    'asserts',
  ],
  ['« Nous ne céderons pas », déclare la ministre Claire Fontaine.', 'asserts'],
  [
    '« Personne n’a été blessé dans la collision », indique le porte-parole des pompiers.',
    'asserts',
  ],
  ['« Le suspect n’a pas encore été identifié », indique le parquet de Namur.', 'asserts'],
  ['« Les négociations n’ont pas abouti », explique le délégué syndical Paul Vidal.', 'asserts'],
  ['« Je n’ai pas vu le ballon arriver », raconte le gardien Marc Petit.', 'asserts'],
  ['La ministre estime que le gouvernement n’a pas tenu ses promesses.', 'asserts'],
  ['Le procureur indique que le suspect n’a pas avoué.', 'asserts'],
  [
    '« On ne sait pas encore combien de maisons sont touchées », indique le bourgmestre.',
    'asserts',
  ],
  ['« Les secours n’ont pas pu atteindre le village », explique le maire Paul Vidal.', 'asserts'],
  ['« Le président ne s’est pas exprimé depuis lundi », regrette le député Paul Vidal.', 'asserts'],
  ['« Nous n’avons reçu aucune aide de l’État », déplore l’agriculteur Paul Vidal.', 'asserts'],
  [
    '« Ce n’est pas la première fois que ce carrefour tue », déplore la maire Claire Fontaine.',
    'asserts',
  ],
  ['« Il ne s’agit pas seulement d’argent », explique le syndicaliste Paul Vidal.', 'asserts'],
  ['« Je ne regrette rien de ma carrière », confie le cycliste Marc Petit.', 'asserts'],
  ['« Rien ne justifie la violence », déclare le ministre Paul Ndiaye.', 'asserts'],
  [
    '« Le gouvernement n’écoute pas les agriculteurs », déclare le syndicaliste Paul Vidal.',
    'asserts',
  ],
  ['« Le ministre ne répond pas à nos questions », déclare le syndicaliste Paul Vidal.', 'asserts'],
  [
    '« La ville n’a pas les moyens de rénover la piscine », explique le maire Paul Vidal.',
    'asserts',
  ],
  ['« Les chiffres ne mentent pas », déclare le ministre Paul Ndiaye.', 'asserts'],
  ['Le président Paul Ndiaye jure qu’il ne briguera pas de troisième mandat.', 'asserts'],
  ['« Rien n’a été fait pour les sinistrés », déclare le maire Paul Vidal.', 'asserts'],
  ['« L’entreprise n’a fait aucun commentaire », indique le journaliste Paul Vidal.', 'asserts'],
  [
    '« Les enquêteurs ne recherchent pas d’autre suspect », indique le parquet de Namur.',
    'asserts',
  ],
  ['« Nous n’excluons pas un recours », déclare l’avocat Luc Martin.', 'asserts'],
  ['« Je n’ai pas bien joué ce soir », explique le joueur Marc Petit.', 'asserts'],
  ['« Nous n’avons pas assez défendu », explique l’entraîneur Marc Petit.', 'asserts'],
  ['« On n’a pas joué notre football », explique l’entraîneur Marc Petit.', 'asserts'],
  ['« Les joueurs ne lâchent rien », explique l’entraîneur Marc Petit.', 'asserts'],
  ['« La BCE ne relèvera pas ses taux », estime l’économiste Anne Leroy.', 'asserts'],
  [
    '« Les ventes n’ont pas progressé au premier trimestre », indique le directeur financier Luc Martin.',
    'asserts',
  ],
  [
    '« Nous ne connaissons pas encore le montant des dégâts », indique le bourgmestre Luc Martin.',
    'asserts',
  ],
];

const REQUESTS_WITH_NEGATION: Row[] = [
  ['Le préfet demande aux habitants de ne pas sortir de chez eux.', 'asserts'],
  ['La police appelle les automobilistes à ne pas emprunter l’autoroute.', 'asserts'],
  ['« Ne touchez pas aux retraites », lance le syndicaliste Paul Vidal.', 'asserts'],
];

describe('rules engine: denials across genres and constructions (issue 11, round 7)', () => {
  it.each(DENIAL_VERBS)('a denial verb: %s', (s, st) => expect(stanceOf(s)).toBe(st));
  it.each(MORE_DENIAL_VERBS)('another denial verb: %s', (s, st) => expect(stanceOf(s)).toBe(st));
  it.each(NEGATED_REPORTED_CLAUSE)('a negated reported clause: %s', (s, st) =>
    expect(stanceOf(s)).toBe(st),
  );
  it.each(NEGATED_DIRECT_QUOTE)('a negated quotation: %s', (s, st) => expect(stanceOf(s)).toBe(st));
  it.each(NOT_KNOWING)('not having known: %s', (s, st) => expect(stanceOf(s)).toBe(st));
  it.each(FALSITY_WORDS)('a word of falsity: %s', (s, st) => expect(stanceOf(s)).toBe(st));
  it.each(ACCORDING_TO)('a denial after "selon": %s', (s, st) => expect(stanceOf(s)).toBe(st));
  it.each(NEAR_MISSES)('a descriptive negative: %s', (s, st) => expect(stanceOf(s)).toBe(st));
  it.each(REQUESTS_WITH_NEGATION)('a request in the negative: %s', (s, st) =>
    expect(stanceOf(s)).toBe(st),
  );
});
