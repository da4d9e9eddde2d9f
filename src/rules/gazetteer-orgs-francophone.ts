/**
 * Organisations of Belgium, Switzerland, Quebec and French-speaking Africa that the press names
 * with no cue word ("selon l'Onem", "la FGTB et la CSC", "l'UDC a gagné"), and the main sports
 * clubs. Same format as gazetteer-orgs.ts ("Name | alias | alias"). Written by hand from public
 * lists:
 * - Belgium: the federal public services and institutions of belgium.be ("Services publics
 *   fédéraux", "Institutions publiques de sécurité sociale"), the parliaments and courts of the
 *   Constitution, the unions of the Conseil national du travail, the universities of ARES and
 *   VLIR, the CIM listing of newspapers and broadcasters, the BEL 20 companies;
 * - Switzerland: admin.ch "Départements et offices", the parties of the Federal Assembly, the
 *   Union syndicale suisse and its federations, the swissuniversities members, the SMI
 *   companies, the REMP listing of dailies;
 * - Quebec and Canada: Québec.ca "Ministères et organismes", the parties of the Assemblée
 *   nationale and the House of Commons, the union centrals, the universities of BCI, the
 *   dailies of the Centre d'études sur les médias;
 * - French-speaking Africa: the parties in each parliament (Wikipedia "Partis politiques du
 *   Sénégal", "… de Côte d'Ivoire", …), regional bodies (CEDEAO, UEMOA, CEMAC listings);
 * - sports: the clubs of the Belgian Pro League, Ligue 1, the Swiss Super League and the
 *   National League, and the best-known clubs of Quebec and of Africa's champions leagues.
 * Names that are common French words ("Le Centre", "La Liberté", "24 heures", "Le Droit",
 * "Coop", "Bloc") stay out, as in the other tables: a cue word still types them.
 */

/** Belgian federal and regional bodies, courts, unions, universities, companies and media. */
export const BELGIAN_BODIES = `
  SPF Justice
  SPF Finances
  SPF Intérieur
  SPF Affaires étrangères
  SPF Économie
  SPF Santé publique
  SPF Mobilité et Transports | SPF Mobilité
  SPF Emploi, Travail et Concertation sociale | SPF Emploi
  SPF Sécurité sociale
  SPF Chancellerie du Premier ministre | SPF Chancellerie
  SPF Stratégie et Appui | SPF BOSA
  Office national de sécurité sociale | ONSS
  Office national de l'emploi | ONEM | Onem
  Institut national d'assurance maladie-invalidité | INAMI | Inami
  Office national des pensions | ONP | Service fédéral des pensions | SFP
  Agence fédérale pour la sécurité de la chaîne alimentaire | AFSCA | Afsca
  Agence fédérale des médicaments et des produits de santé | AFMPS
  Sciensano
  Banque nationale de Belgique | BNB
  FSMA
  Cour constitutionnelle
  Chambre des représentants
  Parlement wallon
  Parlement bruxellois
  Parlement flamand
  Parlement de la Fédération Wallonie-Bruxelles
  Gouvernement wallon
  Région bruxelloise
  Région flamande
  Commission communautaire française | Cocof
  Gouvernement flamand
  Comité P
  Comité R
  Sûreté de l'État | VSSE
  Organe de coordination pour l'analyse de la menace | OCAM | Ocam
  Police judiciaire fédérale | PJF
  Parquet fédéral
  Office des étrangers
  Fedasil
  Unia
  Forem | Le Forem
  Actiris
  VDAB
  Bruxelles Environnement
  Infrabel
  Fédération générale du travail de Belgique | FGTB
  Confédération des syndicats chrétiens | CSC
  Centrale générale des syndicats libéraux de Belgique | CGSLB
  Centrale nationale des employés | CNE
  SETCa
  ACV
  ABVV
  Fédération des entreprises de Belgique
  Union wallonne des entreprises | UWE
  Voka
  Unizo
  Université libre de Bruxelles | ULB
  Université catholique de Louvain | UCLouvain
  Université de Liège | ULiège
  Université de Namur | UNamur
  Université de Mons | UMONS
  Vrije Universiteit Brussel | VUB
  KU Leuven
  Universiteit Gent | UGent
  Cliniques universitaires Saint-Luc
  Belfius
  KBC
  BNP Paribas Fortis
  ING Belgique
  Solvay
  UCB
  Colruyt
  Delhaize
  Electrabel | Engie Electrabel
  Ethias
  Sibelga
  Vivaqua
  Brussels Airport
  Liege Airport
  Brussels South Charleroi Airport | BSCA
  La Meuse
  La Nouvelle Gazette
  La Capitale
  La Province
  L'Écho
  Trends-Tendances
  Bel RTL
  LN24
  BX1
  Télésambre
  Paris Match Belgique
  Knack
  Het Nieuwsblad
  Gazet van Antwerpen
`;

/** Swiss federal bodies, parties, unions, universities, companies and media. */
export const SWISS_BODIES = `
  Conseil national
  Conseil des États
  Assemblée fédérale
  Tribunal fédéral
  Tribunal pénal fédéral
  Tribunal administratif fédéral
  Ministère public de la Confédération | MPC
  Office fédéral de la santé publique | OFSP
  Secrétariat d'État à l'économie | SECO | Seco
  Secrétariat d'État aux migrations
  Département fédéral des affaires étrangères | DFAE
  Département fédéral de justice et police | DFJP
  DDPS | Département fédéral de la défense
  Autorité fédérale de surveillance des marchés financiers | FINMA | Finma
  Banque nationale suisse | BNS
  Office fédéral de la statistique | OFS
  Office fédéral de la police | fedpol | Fedpol
  Office fédéral de l'environnement | OFEV
  Office fédéral de la sécurité alimentaire et des affaires vétérinaires | OSAV
  Office fédéral de l'agriculture | OFAG
  Swissmedic
  Agroscope
  Grand Conseil
  Union démocratique du centre | UDC
  Parti libéral-radical | PLR
  Parti socialiste suisse | PSS
  Vert'libéraux | PVL
  Les Verts | Verts | Les Vert-e-s
  Mouvement citoyens genevois | MCG
  Union syndicale suisse | USS
  Syna
  Travail.Suisse
  École polytechnique fédérale de Lausanne | EPFL
  École polytechnique fédérale de Zurich | EPFZ | ETH Zurich
  Université de Genève | UNIGE
  Université de Lausanne | UNIL
  Hôpitaux universitaires de Genève | HUG
  Centre hospitalier universitaire vaudois | CHUV
  Chemins de fer fédéraux | CFF
  Swisscom
  Novartis
  Zurich Insurance
  Raiffeisen
  Migros
  SRF
  RSI
  SSR
  Tribune de Genève | TDG
  Le Matin
  Le Matin Dimanche
  Blick
  Neue Zürcher Zeitung | NZZ
  Tages-Anzeiger
  L'Illustré
  ArcInfo
  Le Quotidien jurassien
  Heidi.news
`;

/** Quebec and Canadian parties, bodies, courts, unions, universities, companies and media. */
export const QUEBEC_BODIES = `
  Québec solidaire | QS
  Bloc québécois
  Parti conservateur du Québec
  Parti libéral du Canada
  Parti conservateur du Canada
  Nouveau Parti démocratique | NPD
  Unité permanente anticorruption | UPAC
  Société de l'assurance automobile du Québec | SAAQ
  Société des alcools du Québec | SAQ
  Loto-Québec
  Caisse de dépôt et placement du Québec | CDPQ
  Investissement Québec
  Santé Québec
  Régie de l'assurance maladie du Québec | RAMQ
  Directeur des poursuites criminelles et pénales | DPCP
  Bureau des enquêtes indépendantes
  Office québécois de la langue française | OQLF
  Institut national de santé publique du Québec | INSPQ
  Cour supérieure du Québec | Cour supérieure
  Cour d'appel du Québec
  Cour du Québec
  Cour suprême du Canada
  Service de police de la Ville de Québec | SPVQ
  Confédération des syndicats nationaux | CSN
  Fédération des travailleurs et travailleuses du Québec | FTQ
  Centrale des syndicats du Québec | CSQ
  Fédération interprofessionnelle de la santé du Québec | FIQ
  Fédération autonome de l'enseignement | FAE
  Université Laval
  Université de Montréal | UdeM
  Université du Québec à Montréal | UQAM
  Université McGill | McGill
  Université Concordia
  Université de Sherbrooke
  HEC Montréal
  Polytechnique Montréal
  Institut national de la recherche scientifique | INRS
  Centre hospitalier de l'Université de Montréal | CHUM
  Centre universitaire de santé McGill | CUSM
  CHU Sainte-Justine
  ICI Radio-Canada
  TVA Nouvelles
  Le Journal de Montréal | Journal de Montréal
  La Presse canadienne | Presse canadienne
  Le Soleil
  Québecor | Quebecor
  Vidéotron
  Cogeco
  Bell Canada
  CTV
  Global News
`;

/** Parties, unions and bodies of French-speaking Africa and the Maghreb. */
export const AFRICAN_BODIES = `
  Pastef
  Alliance pour la République
  Benno Bokk Yakaar
  Rassemblement des houphouëtistes pour la démocratie et la paix | RHDP
  Parti démocratique de Côte d'Ivoire | PDCI
  Front populaire ivoirien | FPI
  PPA-CI
  Rassemblement démocratique du peuple camerounais | RDPC
  Mouvement pour la renaissance du Cameroun | MRC
  Mouvement du peuple pour le progrès | MPP
  Parti nigérien pour la démocratie et le socialisme | PNDS
  Conseil national pour la sauvegarde de la patrie | CNSP
  Union pour la démocratie et le progrès social | UDPS
  Forces armées de la république démocratique du Congo | FARDC
  Monusco
  Commission électorale nationale indépendante | CENI | Céni
  Ennahdha
  Union générale tunisienne du travail | UGTT
  Parti de la justice et du développement | PJD
  Rassemblement national des indépendants | RNI
  Istiqlal
  Front de libération nationale | FLN
  Sonatrach
  Union économique et monétaire ouest-africaine | UEMOA
  Communauté économique et monétaire de l'Afrique centrale | CEMAC
  Banque centrale des États de l'Afrique de l'Ouest | BCEAO
  Alliance des États du Sahel
  Banque africaine de développement
`;

/** Sports clubs (Belgium, France, Switzerland, Quebec, Africa). */
export const CLUBS = `
  Standard de Liège | Standard
  RSC Anderlecht | Sporting d'Anderlecht
  Club Bruges | Club Brugge
  KRC Genk | Racing Genk
  La Gantoise | KAA Gent
  Sporting de Charleroi | Sporting Charleroi
  Royal Antwerp
  Union Saint-Gilloise | Union SG
  Cercle de Bruges | Cercle Brugge
  KV Malines | KV Mechelen
  KV Courtrai | KV Kortrijk
  Zulte Waregem
  Sint-Truidense VV | STVV
  OH Louvain | OH Leuven
  RWDM
  Beerschot
  Paris Saint-Germain | PSG
  Olympique de Marseille | OM
  Olympique lyonnais | OL
  LOSC | Lille OSC
  Stade rennais
  AS Monaco
  OGC Nice
  RC Lens
  FC Nantes
  Girondins de Bordeaux
  AS Saint-Étienne | ASSE
  Stade de Reims
  Montpellier HSC
  RC Strasbourg
  Toulouse FC
  Stade brestois
  AJ Auxerre
  Stade toulousain
  ASM Clermont
  RC Toulon
  Racing 92
  Stade français
  FC Bâle
  Servette FC | Servette
  BSC Young Boys | Young Boys
  FC Zurich
  FC Sion
  Lausanne-Sport
  FC Lugano
  Grasshopper Club Zurich | Grasshoppers
  Genève-Servette HC
  HC Fribourg-Gottéron | Fribourg-Gottéron
  Lausanne HC
  Canadiens de Montréal
  CF Montréal
  Alouettes de Montréal
  TP Mazembe
  AS Vita Club
  Wydad Casablanca | Wydad
  Raja Casablanca
  Espérance sportive de Tunis | Espérance de Tunis
  Al Ahly
  ASEC Mimosas
  Horoya AC
`;
