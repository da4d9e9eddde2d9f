/**
 * Place names for the gazetteer beyond countries and French regions: capitals of the world and
 * the cities, cantons, provinces and départements French-language news names most. Written by
 * hand from the lists of capitals and of French-speaking administrative divisions (French
 * spellings as in the French Wikipedia's "Liste des capitales du monde", "Liste des
 * départements français", "Canton suisse", "Provinces de Belgique"). Names that are also common
 * words or first names ("Nord", "Var", "Lot", "Ain", "Cher", "Aube", "Somme", "Victoria") are
 * left out: a sentence may start with them, a wrong place is worse than a missed one, and place
 * prepositions still catch many.
 */

/** World capitals (French names), beyond those listed in `gazetteer.ts`. */
export const CAPITALS = `
  Abidjan, Abou Dabi, Abuja, Accra, Addis-Abeba, Alger, Amman, Amsterdam, Ankara, Antananarivo,
  Asmara, Astana, Athènes, Bagdad, Bakou, Bamako, Bangkok, Bangui, Banjul, Beyrouth, Belgrade,
  Berne, Bichkek, Bissau, Bogota, Brasilia, Bratislava, Brazzaville, Bucarest, Budapest,
  Buenos Aires, Bujumbura, Caracas, Canberra, Chisinau, Colombo, Conakry, Copenhague, Dakar,
  Damas, Dacca, Dili, Djibouti, Doha, Douchanbé, Dublin, Erevan, Freetown, Gaborone, Gitega,
  Hanoï, Harare, Helsinki, Islamabad, Jakarta, Jérusalem, Kaboul, Kampala, Katmandou, Khartoum,
  Kigali, Kingston, Kinshasa, Koweït, Kuala Lumpur, La Havane, La Paz, Libreville, Lilongwe,
  Lima, Lisbonne, Ljubljana, Lomé, Luanda, Lusaka, Madrid, Malabo, Managua, Manama, Manille,
  Maputo, Mascate, Maseru, Mexico, Minsk, Mogadiscio, Monrovia, Montevideo, Moroni, Nairobi,
  Nassau, Ndjamena, N'Djamena, New Delhi, Niamey, Nicosie, Nouakchott, Nouméa, Oslo, Ottawa,
  Ouagadougou, Oulan-Bator, Panama, Papeete, Paramaribo, Phnom Penh, Podgorica, Port-au-Prince,
  Port-Louis, Porto-Novo, Prague, Pretoria, Pristina, Pyongyang, Quito, Rabat, Reykjavik, Riga,
  Riyad, Rome, Sanaa, Santiago, Saint-Domingue, Sarajevo, Séoul, Skopje, Sofia, Stockholm,
  Tachkent, Tallinn, Tbilissi, Tegucigalpa, Téhéran, Tirana, Tripoli, Tunis, Varsovie, Vienne,
  Vientiane, Vilnius, Windhoek, Yaoundé, Zagreb
`;

/** Big cities of the world often in French news, beyond the capitals. */
export const WORLD_CITIES = `
  Los Angeles, San Francisco, Chicago, Boston, Miami, Houston, Seattle, Montréal, Québec,
  Toronto, Vancouver, Barcelone, Milan, Naples, Turin, Venise, Florence, Munich, Francfort,
  Hambourg, Cologne, Anvers, Gand, Rotterdam, Genève, Lausanne, Zurich, Bâle, Lugano, Liège,
  Namur, Charleroi, Mons, Luxembourg, Casablanca, Marrakech, Tanger, Fès, Oran, Constantine,
  Sfax, Sousse, Bouaké, Douala, Lubumbashi, Saint-Louis, Istanbul, Dubaï, Bombay, Calcutta,
  Karachi, Osaka, Sydney, Melbourne, Rio de Janeiro, São Paulo, Saint-Pétersbourg, Odessa,
  Kharkiv, Gaza, Tel-Aviv, Alep, Mossoul, Wuhan, Lampedusa, Las Vegas, Manchester, Liverpool,
  Birmingham, Glasgow, Édimbourg, Philadelphie, Atlanta, Dallas, Détroit, La Nouvelle-Orléans,
  Khan Younès, Rafah, Jabalia, Naplouse, Jénine, Ramallah, Hébron, Haïfa, Wall Street
`;

/** More French cities (prefectures and big towns) than `gazetteer.ts` lists. */
export const FRENCH_CITIES = `
  Saint-Denis, Saint-Étienne, Argenteuil, Montreuil, Villeurbanne, Avignon, Aix-en-Provence,
  Cannes, Antibes, Valence, Chambéry, Annecy, Troyes, Chartres, Blois, Bourges, Auxerre,
  Nevers, Mâcon, Colmar, Belfort, Épinal, Charleville-Mézières, Calais, Dunkerque, Boulogne-sur-Mer,
  Arras, Beauvais, Compiègne, Cergy, Versailles, Nanterre, Créteil, Évry, Bobigny, Saint-Malo,
  Laval, Le Mans, Cholet, La Roche-sur-Yon, Niort, Angoulême, Périgueux, Agen, Montauban, Albi,
  Rodez, Cahors, Tarbes, Carcassonne, Narbonne, Béziers, Sète, Arles, Gap, Digne-les-Bains,
  Ajaccio, Fort-de-France, Pointe-à-Pitre, Cayenne, Mamoudzou, Saint-Pierre, Lourdes, Vichy,
  Aurillac, Le Puy-en-Velay, Roanne, Saint-Brieuc, Morlaix, Cherbourg, Évreux, Alençon, Lisieux
`;

/** Départements, Swiss cantons, Belgian provinces and Canadian provinces (unambiguous names). */
export const DIVISIONS = `
  Aisne, Allier, Ardèche, Ardennes, Ariège, Aude, Aveyron, Bouches-du-Rhône, Calvados,
  Cantal, Charente, Charente-Maritime, Corrèze, Côte-d'Or, Côtes-d'Armor, Creuse, Dordogne,
  Doubs, Drôme, Essonne, Eure, Eure-et-Loir, Finistère, Gironde, Haute-Garonne, Haute-Loire,
  Haute-Marne, Haute-Savoie, Haute-Vienne, Hautes-Alpes, Hautes-Pyrénées, Haut-Rhin, Bas-Rhin,
  Hérault, Ille-et-Vilaine, Indre, Indre-et-Loire, Isère, Jura, Landes, Loir-et-Cher, Loire,
  Loire-Atlantique, Loiret, Lot-et-Garonne, Lozère, Maine-et-Loire, Marne, Mayenne,
  Meurthe-et-Moselle, Meuse, Morbihan, Moselle, Nièvre, Oise, Orne, Pas-de-Calais, Puy-de-Dôme,
  Pyrénées-Atlantiques, Pyrénées-Orientales, Rhône, Haute-Saône, Saône-et-Loire, Sarthe, Savoie,
  Seine-Maritime, Seine-et-Marne, Yvelines, Deux-Sèvres, Tarn, Tarn-et-Garonne, Vaucluse,
  Vendée, Vosges, Yonne, Hauts-de-Seine, Seine-Saint-Denis, Val-de-Marne, Val-d'Oise,
  Mayotte, Martinique, Guadeloupe, La Réunion, Nouvelle-Calédonie, Polynésie française,
  Argovie, Appenzell, Bâle-Campagne, Fribourg, Glaris, Grisons, Lucerne, Neuchâtel, Nidwald,
  Obwald, Schaffhouse, Schwytz, Soleure, Saint-Gall, Tessin, Thurgovie, Uri, Valais, Vaud, Zoug,
  Anvers, Brabant wallon, Flandre, Flandres, Wallonie, Hainaut, Limbourg, Ardenne,
  Ontario, Colombie-Britannique, Alberta, Manitoba, Saskatchewan, Nouveau-Brunswick,
  Nouvelle-Écosse, Terre-Neuve, Floride, Texas, Louisiane, Géorgie, Caroline du Nord,
  Caroline du Sud, Virginie, Pennsylvanie, Massachusetts, Arizona, Nevada, Oregon, Alaska,
  Hawaï, Cachemire, Donbass, Crimée, Kurdistan, Catalogne, Andalousie, Bavière, Sicile,
  Sardaigne, Lombardie, Toscane, Écosse, Pays de Galles, Irlande du Nord, Patagonie, Sibérie,
  Tibet, Xinjiang, Cisjordanie, Sinaï, Sahara, Kabylie, Casamance
`;
