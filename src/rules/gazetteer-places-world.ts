/**
 * More place names, for names the press prints with no cue word or place preposition before
 * them (issue 11, session 6: test LOCATION recall 0.54). Written by hand from public lists, in
 * the French spellings of the French Wikipedia:
 * - INSEE, "populations légales" (communes of metropolitan and overseas France over about
 *   10,000 inhabitants, and the sub-prefectures), plus the quarters of Paris, Brussels and
 *   Montréal that news names as places;
 * - the administrative divisions of other countries (Wikipedia "Subdivisions de …": provinces of
 *   China, oblasts of Ukraine and Russia, Länder, US states, regions and prefectures of Guinea,
 *   Mali, Senegal, Côte d'Ivoire, DR Congo), with their main cities and the towns of current wars;
 * - seas, gulfs, straits, rivers, mountain ranges and parts of the world (Wikipedia "Liste des
 *   mers", "Liste des fleuves").
 * Left out, as in gazetteer-places.ts: names that are also common words or first names ("Sens",
 * "Orange", "Fontaine", "Carrefour", "Jérémie", "Austin", "Tigre", "Vilaine", "Canton"), since a
 * wrong place is worse than a missed one.
 */

/** French towns beyond gazetteer-places.ts (INSEE populations légales, over ~10,000). */
export const MORE_FRENCH_TOWNS = `
  Boulogne-Billancourt, Aubervilliers, Aulnay-sous-Bois, Vitry-sur-Seine, Champigny-sur-Marne,
  Saint-Maur-des-Fossés, Drancy, Noisy-le-Grand, Ivry-sur-Seine, Villejuif, Issy-les-Moulineaux,
  Levallois-Perret, Neuilly-sur-Seine, Courbevoie, Colombes, Asnières-sur-Seine,
  Rueil-Malmaison, Clamart, Meudon, Sarcelles, Pontoise, Bondy, Pantin, Bagnolet,
  Épinay-sur-Seine, Saint-Ouen, Saint-Ouen-sur-Seine, Montfermeil, Clichy-sous-Bois, Sevran,
  Livry-Gargan, Le Blanc-Mesnil, Rosny-sous-Bois, Fontenay-sous-Bois, Vincennes, Saint-Mandé,
  Nogent-sur-Marne, Maisons-Alfort, Alfortville, Choisy-le-Roi, Orly, Massy, Palaiseau,
  Corbeil-Essonnes, Évry-Courcouronnes, Savigny-sur-Orge, Sainte-Geneviève-des-Bois, Grigny,
  Mantes-la-Jolie, Les Mureaux, Poissy, Saint-Germain-en-Laye, Sartrouville, Trappes,
  Saint-Quentin-en-Yvelines, Rambouillet, Meaux, Melun, Chelles, Torcy, Marne-la-Vallée,
  Fontainebleau, Gennevilliers, Puteaux, Suresnes, Saint-Cloud, Montrouge, Malakoff, Vanves,
  Bagneux, Fontenay-aux-Roses, Sceaux, Bourg-la-Reine, Gentilly, Arcueil, Cachan,
  Le Kremlin-Bicêtre, Villeneuve-Saint-Georges, Ermont, Franconville, Garges-lès-Gonesse,
  Gonesse, Goussainville, Villiers-le-Bel, Bezons, Herblay, Taverny, Roissy,
  Villeneuve-d'Ascq, Roubaix, Tourcoing, Wattrelos, Marcq-en-Barœul, Armentières, Lens, Liévin,
  Hénin-Beaumont, Béthune, Douai, Valenciennes, Cambrai, Maubeuge, Saint-Omer, Le Touquet,
  Abbeville, Saint-Quentin, Soissons, Laon, Château-Thierry, Creil, Senlis, Thionville,
  Forbach, Sarreguemines, Haguenau, Sélestat, Saint-Dié-des-Vosges, Lunéville, Verdun,
  Bar-le-Duc, Chaumont, Saint-Dizier, Épernay, Châlons-en-Champagne, Sedan, Montbéliard,
  Pontarlier, Vesoul, Lons-le-Saunier, Dole, Le Creusot, Chalon-sur-Saône, Montluçon,
  Moulins, Bourg-en-Bresse, Oyonnax, Annemasse, Thonon-les-Bains, Aix-les-Bains,
  Villefranche-sur-Saône, Vénissieux, Vaulx-en-Velin, Caluire-et-Cuire, Rillieux-la-Pape, Bron,
  Échirolles, Saint-Martin-d'Hères, Voiron, Romans-sur-Isère, Montélimar, Carpentras,
  Cavaillon, Vitrolles, Martigues, Aubagne, La Ciotat, Istres, Salon-de-Provence, Marignane,
  Fréjus, Draguignan, Hyères, La Seyne-sur-Mer, Six-Fours-les-Plages, Saint-Raphaël, Menton,
  Cagnes-sur-Mer, Le Cannet, Grasse, Alès, Lunel, Agde, Frontignan, Castelnau-le-Lez,
  Bagnols-sur-Cèze, Castres, Millau, Colomiers, Tournefeuille, Blagnac, Muret, Auch, Foix,
  Mérignac, Pessac, Talence, Villenave-d'Ornon, Bègles, Libourne, Arcachon, Bergerac,
  Mont-de-Marsan, Dax, Anglet, Biarritz, Saintes, Rochefort, Cognac, Royan, Brive-la-Gaillarde,
  Tulle, Guéret, Châteauroux, Vierzon, Montargis, Dreux, Châteaudun, Joué-lès-Tours,
  Fleury-les-Aubrais, Saumur, Châtellerault, Rezé, Saint-Herblain, Orvault, Vertou,
  Saint-Sébastien-sur-Loire, Les Sables-d'Olonne, Lanester, Pontivy, Concarneau, Douarnenez,
  Landerneau, Quimperlé, Fougères, Vitré, Lannion, Guingamp, Dinan, Paimpol, Ploërmel, Redon,
  Perros-Guirec, Carhaix, Saint-Lô, Granville, Coutances, Fécamp, Dieppe, Elbeuf, 
  Louviers, Bayeux, Honfleur, Deauville, Étretat, Porto-Vecchio, Corte, Le Tampon,
  Kourou, Saint-Laurent-du-Maroni, Les Abymes, Basse-Terre, Le Lamentin, Schœlcher,
  Belleville, Montmartre, Ménilmontant, Barbès, Pigalle, Saint-Germain-des-Prés, Montparnasse,
  Trocadéro, Champs-Élysées, La Défense
`;

/** Divisions and towns of Europe, beyond France. */
export const EUROPE = `
  Dnipro, Zaporijia, Kherson, Marioupol, Bakhmout, Donetsk, Louhansk, Lougansk, Lviv, Soumy,
  Tchernihiv, Poltava, Mykolaïv, Pokrovsk, Kourakhové, Koupiansk, Avdiïvka, Sloviansk,
  Kramatorsk, Boutcha, Irpin, Izioum, Vouhledar, Sievierodonetsk, Lyssytchansk, Jytomyr,
  Vinnytsia, Tchernobyl, Ouman, Transcarpatie, Koursk, Belgorod, Briansk, Rostov-sur-le-Don,
  Voronej, Novossibirsk, Iekaterinbourg, Kazan, Vladivostok, Mourmansk, Kaliningrad,
  Sébastopol, Simferopol, Volgograd, Samara, Nijni Novgorod, Tcheliabinsk, Omsk, Krasnodar,
  Sotchi, Grozny, Tchétchénie, Daghestan, Tatarstan, Iakoutie, Oural, Caucase, Transnistrie,
  Abkhazie, Ossétie du Sud, Haut-Karabakh, Almaty, Séville, Bilbao, Saragosse, Malaga, Majorque,
  Ibiza, Canaries, Baléares, Gênes, Bologne, Palerme, Vérone, Pise, Sienne, Bari, Catane,
  Trieste, Dresde, Leipzig, Stuttgart, Düsseldorf, Dortmund, Essen, Brême, Hanovre, Nuremberg,
  Bonn, Aix-la-Chapelle, Sarrebruck, Trèves, Mayence, Heidelberg, Karlsruhe, Sarre,
  Rhénanie-du-Nord-Westphalie, Bade-Wurtemberg, Basse-Saxe, Saxe, Thuringe,
  Brandebourg, Rhénanie-Palatinat, Schleswig-Holstein, Mecklembourg-Poméranie-Occidentale,
  Saxe-Anhalt, La Haye, Utrecht, Eindhoven, Maastricht, Bruges, Louvain, Louvain-la-Neuve,
  Ostende, Molenbeek, Schaerbeek, Anderlecht, Ixelles, Uccle, Verviers, Tournai, Mouscron,
  Arlon, Bastogne, Waterloo, Courtrai, Malines, Hasselt, Seraing, La Louvière, Wavre, Nivelles,
  Esch-sur-Alzette, Montreux, Vevey, Yverdon-les-Bains, Nyon, Morges, Sion, Martigny,
  Delémont, Bienne, Thoune, Winterthour, Davos, Zermatt, Locarno, Bellinzone, Cracovie,
  Gdansk, Wroclaw, Poznan, Brno, Ostrava, Pilsen, Plzeň, Olomouc, Liberec, Bohême, Moravie,
  Silésie, Transylvanie, Thessalonique, Le Pirée, Crète, Lesbos, Belfast, Cardiff, Bristol,
  Leeds, Sheffield, Douvres, Cornouailles, Galway, Scandinavie, Balkans
`;

/** Divisions and towns of Asia and the Middle East. */
export const ASIA = `
  Guangdong, Fujian, Zhejiang, Jiangsu, Shandong, Hubei, Hunan, Henan, Hebei, Sichuan, Yunnan,
  Guangxi, Shaanxi, Shanxi, Anhui, Jiangxi, Liaoning, Jilin, Heilongjiang, Gansu, Qinghai,
  Guizhou, Hainan, Mongolie-Intérieure, Ningxia, Guangzhou, Chongqing, Tianjin, Chengdu, Nankin,
  Hangzhou, Zhanjiang, Dalian, Qingdao, Xiamen, Harbin, Shenyang, Suzhou, Dongguan, Foshan,
  Lhassa, Taipei, Kaohsiung, Busan, Incheon, Kyoto, Hiroshima, Nagasaki, Fukushima, Yokohama,
  Nagoya, Sapporo, Okinawa, Mumbai, Bangalore, Bengaluru, Chennai, Hyderabad, Kolkata,
  Pondichéry, Pendjab, Djeddah, La Mecque, Médine, Bassora, Erbil, Kirkouk, Raqqa, Idleb,
  Homs, Deir ez-Zor, Lattaquié, Benghazi, Misrata, Ispahan, Tabriz, Chiraz, Qom, Ormuz, Golan,
  Néguev, Eilat, Ashdod, Ashkelon, Sdérot, Beit Hanoun, Deir el-Balah, Nuseirat, Jérusalem-Est,
  Izmir, Antalya, Gaziantep, Diyarbakir, Asie centrale, Asie du Sud-Est,
  Extrême-Orient, Indo-Pacifique
`;

/** Divisions and towns of Africa (French-speaking Africa first) and the Americas. */
export const AFRICA_AMERICAS = `
  Kankan, Labé, Nzérékoré, Kindia, Boké, Mamou, Faranah, Siguiri, Kissidougou,
  Guéckédou, Macenta, Dabola, Dinguiraye, Kouroussa, Mandiana, Kérouané, Beyla, Forécariah,
  Coyah, Dubréka, Boffa, Fria, Télimélé, Gaoual, Koundara, Tougué, Dalaba, Lélouma,
  Kaloum, Matoto, Ratoma, Dixinn, Tombouctou, Kidal, Mopti, Ségou, Sikasso, Kayes,
  Bobo-Dioulasso, Agadez, Zinder, Maradi, Thiès, Ziguinchor, Touba, Kaolack, Yamoussoukro,
  San-Pédro, Korhogo, Daloa, Garoua, Bamenda, Maroua, Goma, Bukavu, Kisangani, Kivu, Nord-Kivu,
  Sud-Kivu, Ituri, Katanga, Cotonou, Parakou, Port-Gentil, Franceville, Pointe-Noire, Abéché,
  Toamasina, Annaba, Tizi Ouzou, Béjaïa, Sétif, Batna, Blida, Tlemcen, Ouargla, Ghardaïa,
  Tamanrasset, Bizerte, Kairouan, Gabès, Djerba, Gafsa, Sidi Bouzid, Kasserine, Monastir,
  Nabeul, Agadir, Meknès, Oujda, Tétouan, Kénitra, Laâyoune, Nador, Le Caire, Alexandrie,
  Louxor, Assouan, Charm el-Cheikh, Mombasa, Zanzibar, Dar es Salaam, Darfour, Tigré,
  Cabo Delgado, Sahara occidental, Le Cap, Johannesburg, Durban, Soweto, Lagos, Kano,
  Maiduguri, Afrique de l'Ouest, Afrique du Nord, Afrique subsaharienne, Afrique centrale,
  Afrique de l'Est, Corne de l'Afrique, Cap-Haïtien, Gonaïves, Les Cayes, Jacmel, Pétion-Ville,
  Cité Soleil, Croix-des-Bouquets, Brooklyn, Manhattan, Harlem, Bronx, Baltimore,
  Denver, Minneapolis, Pittsburgh, Cleveland, Cincinnati, Nashville, Memphis, San Diego,
  Sacramento, Palm Beach, Mar-a-Lago, Anchorage, Honolulu, Guantanamo, Ohio, Michigan,
  Wisconsin, Minnesota, Iowa, Missouri, Kansas, Nebraska, Oklahoma, Arkansas, Mississippi,
  Alabama, Tennessee, Kentucky, Indiana, Illinois, Utah, Colorado, Nouveau-Mexique, Idaho,
  Montana, Wyoming, Dakota du Nord, Dakota du Sud, Vermont, New Hampshire, Connecticut,
  Rhode Island, New Jersey, Delaware, Maryland, Virginie-Occidentale, Gatineau, Sherbrooke,
  Trois-Rivières, Saguenay, Lévis, Longueuil, Rimouski, Chicoutimi, Moncton, Halifax,
  Winnipeg, Calgary, Edmonton, Iqaluit, Nunavut, Yukon, Gaspésie, Abitibi, Outaouais,
  Montérégie, Laurentides, Estrie, Mauricie, Rosemont, Villeray, Outremont,
  Hochelaga-Maisonneuve, Plateau-Mont-Royal, Mont-Royal, Ville-Marie, Côte-des-Neiges,
  Montréal-Nord, Ahuntsic, Medellín, Guadalajara, Monterrey, Tijuana, Cancún, Valparaíso,
  Córdoba, Rosario, Manaus, Recife, Porto Alegre, Belo Horizonte, Amazonie
`;

/**
 * Seas, gulfs, straits, rivers and mountains. Those with a lower-case head ("mer Rouge") are
 * reached from their capitalised word by the known-name tail search of entities.ts only when the
 * head is a place division there too.
 */
export const WATERS_AND_MOUNTAINS = `
  mer Rouge, mer Caspienne, mer d'Azov, mer Égée, mer Adriatique, mer des Caraïbes,
  mer de Chine orientale, mer du Japon, mer Baltique, golfe Persique, golfe d'Aden,
  golfe de Guinée, golfe du Mexique, détroit de Taïwan, détroit d'Ormuz, détroit de Gibraltar,
  canal de Suez, canal de Panama, océan Atlantique, océan Pacifique, océan Arctique, Bosphore,
  Dardanelles, Seine, Garonne, Rhin, Danube, Dniepr, Volga, Nil, Mékong, Gange, Yangtsé,
  Euphrate, Amazone, Tamise, Escaut, Saint-Laurent, Alpes, Pyrénées, Massif central, Himalaya,
  Andes, Rocheuses, Mont-Blanc, Everest, Kilimandjaro, Antarctique, Caraïbes, Antilles, Côte d'Azur,
  Knokke, Knokke-Heist, Ostende, Spa, Dinant, Huy, Tubize, Gembloux, Ath, Binche, Eupen,
  Nouvelle-Orléans, Havane, Mecque
`;
