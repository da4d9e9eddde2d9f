/**
 * More organisation names, same format as gazetteer-orgs.ts ("Name | alias | alias"), for the
 * bodies unseen pages named without a cue word. Sources, by list: the CAC 40 and SBF 120
 * constituents (Euronext index composition), the French parties and unions represented in
 * Parliament or at national level, the courts and inspections of the French judicial system
 * (Ministère de la Justice, "L'organisation de la justice"), the international organisations of
 * the UN system and of Africa, the French pollsters of the Commission des sondages, the French,
 * Belgian, Swiss, Canadian and African dailies and broadcasters of the ACPM and CSA listings, and
 * the armed groups French-language news names most. Names that are also common French words
 * ("Orange", "Free", "Total", "Horizons", "Renaissance", "Brut", "Legrand") stay out, as in
 * gazetteer-orgs.ts.
 */

/** Companies of the CAC 40 and SBF 120, and other groups often in French news. */
export const MORE_COMPANIES = `
  Accor
  Air Liquide
  ArcelorMittal
  Axa
  Bouygues
  Capgemini
  Dassault Systèmes
  Dassault Aviation
  Edenred
  EssilorLuxottica
  Eurofins
  Hermès
  Kering
  Pernod Ricard
  Publicis
  Safran
  Saint-Gobain
  Schneider Electric
  STMicroelectronics
  Teleperformance
  Unibail-Rodamco-Westfield
  Veolia
  Vinci
  Vivendi
  Worldline
  Air France | Air France-KLM
  Alstom
  Areva
  Orano
  Framatome
  Bolloré
  Lagardère
  Canal+
  Iliad
  SFR
  Ubisoft
  Decathlon
  Leclerc | E.Leclerc
  Intermarché
  Lidl
  Aldi
  Ikea
  Volkswagen
  Toyota
  Ryanair
  Lufthansa
  Alibaba
  Tencent
  Baidu
  Airbnb
  Goldman Sachs
  JPMorgan
  BlackRock
`;

/** Parties, unions and movements (France), beyond gazetteer-orgs.ts. */
export const MORE_MOVEMENTS = `
  La République en marche | LREM | LaREM | En marche
  Front national | FN
  UMP
  UDI
  Nouveau Parti anticapitaliste | NPA
  Lutte ouvrière
  Debout la France
  Parti radical
  Place publique
  Nupes
  Nouveau Front populaire | NFP
  Confédération paysanne
  UNEF
  SNES-FSU
  Sud-Rail
  UIMM
  Afep
`;

/** Courts, inspections, police and intelligence services. */
export const MORE_AUTHORITIES = `
  Cour européenne des droits de l'homme | CEDH
  Cour de justice de l'Union européenne | CJUE
  Cour pénale internationale | CPI
  Cour internationale de justice | CIJ
  parquet national financier | PNF
  parquet national antiterroriste | PNAT
  Inspection générale de la police nationale | IGPN
  Inspection générale de la gendarmerie nationale | IGGN
  DGSE
  GIGN
  Défenseur des droits
  Quai d'Orsay
  Matignon
  Parlement européen
  Conseil européen
  Conseil de l'Europe
  Conseil de sécurité
`;

/** International and African organisations. */
export const MORE_INTERNATIONAL = `
  Union africaine | UA
  Cédéao | CEDEAO
  Ligue arabe
  Opep | OPEP
  Organisation internationale de la francophonie | OIF
  Organisation internationale du travail | OIT
  Programme alimentaire mondial | PAM
  UNRWA
  Onusida
  FIFA
  UEFA
  Comité international olympique | CIO
  G7
  G20
  Brics
`;

/** Armed groups and armies named by their own name. */
export const ARMED_GROUPS = `
  Hamas
  Hezbollah
  Fatah
  Tsahal
  Al-Qaïda | Al-Qaida
  Daech | État islamique | Etat islamique
  Talibans
  Boko Haram
  Houthis
  Jihad islamique
`;

/** Pollsters and audience measurement. */
export const POLLSTERS = `
  Ifop
  Ipsos
  Elabe
  OpinionWay
  Odoxa
  Harris Interactive
  Kantar
  BVA
  Viavoice
  Médiamétrie
`;

/** Media of France and the French-speaking countries beyond gazetteer-orgs.ts, and world media. */
export const MORE_MEDIA = `
  Paris Match
  Le Nouvel Observateur
  Valeurs actuelles
  Les Inrockuptibles | Les Inrocks
  Télérama
  20 Minutes
  Le Dauphiné libéré | Dauphiné libéré
  La Dépêche du Midi | La Dépêche
  La Voix du Nord
  Le Progrès
  Nice-Matin
  Le Télégramme
  L'Équipe
  La Tribune
  L'Usine nouvelle
  HuffPost | Huffington Post
  Slate
  Rue89
  StreetPress
  Reporterre
  Arrêt sur images
  Konbini
  TMC
  C8
  TV5 Monde | TV5MONDE
  Euronews
  Al Jazeera
  Le Journal de Montréal
  TVA Nouvelles
  L'Orient-Le Jour
  El Watan
  Der Spiegel
  El País
  The Economist
  Politico
  NPR
  CBC
  Haaretz
  Times of Israel
  Checknews
`;
