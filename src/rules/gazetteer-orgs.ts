/**
 * Organisation names for the gazetteer: bodies French-language news names without a cue word
 * ("selon l'Anses", "Efsa en Europe"), by kind. Written by hand from general knowledge of French,
 * European and international institutions, press agencies and media of the French-speaking
 * countries, trade unions and parties. Each line is "Name | alias | alias", the name as a first mention writes it; lookups ignore case
 * and accents, so "ANSES" and "Anses" are one entry. Names that are also common words ("Orange",
 * "Free", "Total", "Roche", "Renaissance", "Marianne") and English words in capitals ("HAS")
 * are left out: a cue still types them.
 */

/** Public agencies and research bodies (France, Switzerland, Belgium, Canada, EU, world). */
export const AGENCIES = `
  Organisation mondiale de la santé | OMS
  Efsa | Autorité européenne de sécurité des aliments
  Anses
  Agence nationale de sécurité du médicament et des produits de santé | ANSM
  Haute Autorité de santé
  Inserm
  Centre national de la recherche scientifique | CNRS
  Insee
  Ademe
  Arcom | CSA
  Arcep
  Santé publique France
  Météo-France
  Pôle emploi | France Travail
  Confédération suisse | Confédération
  Cour des comptes
  Conseil d'État
  Conseil constitutionnel
  Cour de cassation
  Banque de France
  Banque centrale européenne | BCE
  Fonds monétaire international | FMI
  Banque mondiale
  OCDE
  Organisation mondiale du commerce | OMC
  Unesco
  Unicef
  HCR
  FAO
  AIEA
  Interpol
  Europol
  Frontex
  Cnes
  Agence spatiale européenne | ESA
  Nasa
  CERN
  GIEC | Giec
  Centre international de recherche sur le cancer | CIRC
  EPA
  CDC
  Institut Pasteur
`;

/** Press agencies and media of the French-speaking countries, and the platforms they cite. */
export const MEDIA = `
  Associated Press | AP
  Belga
  ATS | Keystone-ATS
  DPA
  ANSA
  EFE
  Xinhua
  Tass
  Kyodo
  Radio France
  France Inter
  France Culture
  franceinfo | France Info | Franceinfo
  Fip
  Mouv
  Radio France internationale | RFI
  France 24
  France Télévisions
  France 2
  France 3
  France 5
  Arte
  TF1
  LCI
  BFM TV | BFMTV
  CNews
  M6
  RTL
  Europe 1
  RMC
  Le Parisien
  Les Échos
  L'Obs | Le Nouvel Obs
  Le Point
  Mediapart
  Ouest-France
  Sud Ouest
  La Croix
  L'Humanité
  Le Canard enchaîné
  Le Journal du dimanche | JDD
  Le Monde diplomatique
  Courrier international
  Le Temps
  Tribune de Genève
  RTS
  RTBF
  Le Soir
  La Libre Belgique | La Libre
  Radio-Canada
  Le Devoir
  La Presse
  Jeune Afrique
  The Guardian
  Financial Times
  Wall Street Journal
  BBC
  CNN
  Twitter
  Instagram
  YouTube
  WhatsApp
  Telegram
  LinkedIn
  Snapchat
  Wikipédia
`;

/** Trade unions, employers' bodies, parties and NGOs. */
export const MOVEMENTS = `
  Confédération générale du travail | CGT
  CFDT
  Force ouvrière | FO
  Unsa
  FSU
  Solidaires
  CFE-CGC
  CFTC
  Medef
  CPME
  FNSEA
  Les Républicains | LR
  Parti socialiste | PS
  La France insoumise | LFI | France insoumise
  Rassemblement national | RN
  Europe Écologie Les Verts | EELV
  Parti communiste français | PCF
  MoDem
  Greenpeace
  Amnesty International
  Médecins sans frontières | MSF
  Human Rights Watch | HRW
  Oxfam
  WWF
  Croix-Rouge
  Reporters sans frontières | RSF
  Attac
`;

/** Companies often in the news whose names are no common word. */
export const COMPANIES = `
  Bayer
  Monsanto
  Syngenta
  Sanofi
  Pfizer
  Moderna
  AstraZeneca
  Novartis
  Nestlé
  Danone
  LVMH
  TotalEnergies
  Renault
  Stellantis
  Peugeot
  Airbus
  Boeing
  Thales
  EDF
  Engie
  SNCF
  RATP
  La Poste
  BNP Paribas
  Société générale
  Crédit agricole
  Carrefour
  Auchan
  Michelin
  L'Oréal
  Uber
  Tesla
  Netflix
  Spotify
`;
