/**
 * Places of the French-speaking press outside France, for names printed with no cue word or
 * place preposition ("Jette et Evere ont voté", "Renens a perdu"). Written by hand from public
 * lists, in the French spellings these lists use:
 * - Belgium: Statbel, "Code INS des communes" (the 581 communes by province; here the 262
 *   Walloon and 19 Brussels communes, and the Flemish cities and communes French-language news
 *   names, by their French exonyms with the Dutch name as an alias);
 * - Switzerland: Office fédéral de la statistique, "Liste officielle des communes de la Suisse"
 *   (the cities over about 10,000 inhabitants, the French-speaking towns, the resorts) and the
 *   regions of Romandy;
 * - Quebec: Ministère des Affaires municipales, "Répertoire des municipalités du Québec" (the
 *   main municipalities and Montréal's and Québec's boroughs) and the 17 administrative regions;
 * - French-speaking Africa: the regions, provinces and main cities of each country (Wikipedia
 *   "Subdivisions du Sénégal", "… de la Côte d'Ivoire", "… du Cameroun", "… de la République
 *   démocratique du Congo", etc.), beyond gazetteer-places*.ts.
 * Left out, as in gazetteer-places.ts: names that are also common French words or first names
 * ("Ans", "Bouillon", "Manage", "Visé", "Herve", "Celles", "Silly", "Boom", "Mol", "Hal",
 * "Bulle", "Gland", "Aigle", "Man", "Plateau", "Verlaine", "Salé", "Alma", "Percé", "Héron",
 * "Clavier", "Lierre", "Gruyère", "Ariana"), names that fold to an article and a word
 * ("Léglise" is "l'Église", "Lachine" "la Chine" once spaces and apostrophes are ignored), and
 * "Saint-Nicolas" (a feast day as often), since a wrong place is worse than a missed one.
 */

/** Belgium: Walloon and Brussels communes, Flemish cities, provinces ("Name | alias" lines). */
export const BELGIUM = `
  Bruxelles-Capitale | Région de Bruxelles-Capitale
  Anderlecht
  Auderghem
  Berchem-Sainte-Agathe
  Etterbeek
  Evere
  Forest
  Ganshoren
  Ixelles
  Jette
  Koekelberg
  Molenbeek-Saint-Jean
  Saint-Gilles
  Saint-Josse-ten-Noode | Saint-Josse
  Schaerbeek
  Uccle
  Watermael-Boitsfort
  Woluwe-Saint-Lambert
  Woluwe-Saint-Pierre
  Anvers | Antwerpen
  Gand | Gent
  Bruges | Brugge
  Louvain | Leuven
  Malines | Mechelen
  Courtrai | Kortrijk
  Ostende | Oostende
  Alost | Aalst
  Sint-Niklaas
  Termonde | Dendermonde
  Roulers | Roeselare
  Ypres | Ieper
  Vilvorde | Vilvoorde
  Tirlemont | Tienen
  Lier
  Tongres | Tongeren
  Saint-Trond | Sint-Truiden
  Menin | Menen
  Audenarde | Oudenaarde
  Grammont | Geraardsbergen
  Renaix | Ronse
  Furnes | Veurne
  Dixmude | Diksmuide
  Coxyde | Koksijde
  La Panne | De Panne
  Nieuport | Nieuwpoort
  Zeebruges | Zeebrugge
  Rhode-Saint-Genèse | Sint-Genesius-Rode
  Flandre-Occidentale
  Flandre-Orientale
  Brabant flamand
  Brabant
`;

/** Belgian communes without another name, comma-separated (Statbel, by province). */
export const BELGIAN_COMMUNES = `
  Hasselt, Genk, Turnhout, Herentals, Geel, Beringen, Lommel, Waregem, Zaventem, Grimbergen,
  Machelen, Dilbeek, Tervuren, Overijse, Blankenberge, Poperinge, Eeklo, Ninove,
  Zottegem, Lokeren, Deinze, Beveren, Mortsel, Schoten, Brasschaat, Kapellen, Edegem, Kontich,
  Maasmechelen, Bilzen, Lanaken, Maaseik, Heusden-Zolder, Houthalen-Helchteren, Diest,
  Aarschot, Tielt, Izegem, Harelbeke, Wevelgem, Bredene, Drogenbos, Linkebeek,
  Wezembeek-Oppem, Kraainem, Wemmel, Fourons, Voeren,
  Wavre, Nivelles, Ottignies-Louvain-la-Neuve, Ottignies, Braine-l'Alleud, Braine-le-Château,
  Rixensart, Lasne, La Hulpe, Genappe, Rebecq, Ittre, Jodoigne, Perwez, Grez-Doiceau,
  Chaumont-Gistoux, Court-Saint-Étienne, Mont-Saint-Guibert, Villers-la-Ville, Walhain,
  Chastre, Incourt, Beauvechain, Hélécine, Orp-Jauche, Ramillies,
  Mons, Charleroi, Quaregnon, Boussu, Saint-Ghislain, Hensies, Quiévrain, Honnelles, Dour,
  Colfontaine, Frameries, Quévy, Jurbise, Soignies, Braine-le-Comte, Écaussinnes, Le Rœulx,
  Seneffe, Chapelle-lez-Herlaimont, Morlanwelz, Anderlues, Estinnes, Erquelinnes,
  Merbes-le-Château, Lobbes, Thuin, Ham-sur-Heure-Nalinnes, Montigny-le-Tilleul,
  Fontaine-l'Évêque, Courcelles, Pont-à-Celles, Les Bons Villers, Fleurus, Farciennes,
  Châtelet, Aiseau-Presles, Gerpinnes, Froidchapelle, Sivry-Rance, Momignies, Chimay,
  Péruwelz, Antoing, Brunehaut, Rumes, Pecq, Estaimpuis, Mont-de-l'Enclus, Comines-Warneton,
  Flobecq, Ellezelles, Lessines, Frasnes-lez-Anvaing, Leuze-en-Hainaut, Belœil, Bernissart,
  Brugelette, Chièvres, Enghien,
  Liège, Seraing, Herstal, Flémalle, Grâce-Hollogne, Awans, Juprelle, Oupeye, Dalhem, Blegny,
  Soumagne, Fléron, Beyne-Heusay, Chaudfontaine, Trooz, Esneux, Neupré, Sprimont, Aywaille,
  Comblain-au-Pont, Hamoir, Ouffet, Anthisnes, Nandrin, Tinlot, Engis, Saint-Georges-sur-Meuse,
  Amay, Villers-le-Bouillet, Wanze, Burdinne, Braives, Wasseiges, Hannut, Lincent,
  Berloz, Faimes, Waremme, Oreye, Crisnée, Fexhe-le-Haut-Clocher, Remicourt, Donceel,
  Dison, Pepinster, Theux, Jalhay, Baelen, Welkenraedt, Plombières, Aubel, Thimister-Clermont,
  Olne, Stavelot, Trois-Ponts, Malmedy, Waimes, Stoumont, Lierneux, La Calamine, Lontzen,
  Raeren, Bütgenbach, Büllingen, Saint-Vith, Burg-Reuland, Ferrières, Modave, Marchin,
  Andenne, Sambreville, Jemeppe-sur-Sambre, Fosses-la-Ville, Floreffe, Profondeville, Assesse,
  Gesves, Ohey, Fernelmont, Éghezée, La Bruyère, Sombreffe, Mettet, Florennes, Walcourt,
  Philippeville, Cerfontaine, Couvin, Viroinval, Doische, Hastière, Onhaye, Anhée, Yvoir,
  Ciney, Hamois, Havelange, Somme-Leuze, Houyet, Beauraing, Gedinne, Bièvre,
  Vresse-sur-Semois,
  Aubange, Messancy, Musson, Saint-Léger, Étalle, Habay, Attert, Martelange, Fauvillers,
  Vaux-sur-Sûre, Bertogne, Houffalize, Gouvy, Vielsalm, Manhay, Érezée, Durbuy, Hotton,
  Rendeux, La Roche-en-Ardenne, Tenneville, Sainte-Ode, Libramont-Chevigny, Libramont,
  Neufchâteau, Chiny, Florenville, Tintigny, Virton, Rouvroy, Meix-devant-Virton,
  Herbeumont, Bertrix, Paliseul, Daverdisse, Wellin, Tellin, Libin, Saint-Hubert, Nassogne,
  Marche-en-Famenne, Famenne, Condroz, Hesbaye, Gaume, Borinage, Fagnes, Hautes Fagnes
`;

/** Switzerland: main communes and the regions of Romandy (OFS list of communes). */
export const SWITZERLAND = `
  Winterthour, Köniz, La Chaux-de-Fonds, Coire, Vernier, Uster, Lancy, Emmen, Kriens,
  Rapperswil-Jona, Dübendorf, Dietikon, Frauenfeld, Wetzikon, Baar, Meyrin, Wädenswil,
  Carouge, Renens, Aarau, Riehen, Allschwil, Monthey, Sierre, Porrentruy,
  Pully, Onex, Thônex, Versoix, Le Grand-Saconnex, Chêne-Bourg, Plan-les-Ouates, Bernex,
  Prilly, Ecublens, Crissier, Payerne, Estavayer, Moudon, Bex, Villars-sur-Ollon, Verbier,
  Crans-Montana, Saas-Fee, Brigue, Viège, Le Locle, Val-de-Travers, Val-de-Ruz, Moutier,
  Saint-Imier, Tramelan, Olten, Wettingen, Zofingue, Kloten, Mendrisio, Chiasso, Ascona,
  Saint-Moritz, Interlaken, Grindelwald, Gstaad, Châtel-Saint-Denis, Romont, Morat,
  Villars-sur-Glâne, Avenches, Bâle-Ville, Appenzell Rhodes-Extérieures,
  Appenzell Rhodes-Intérieures, Romandie, Suisse romande, Suisse alémanique, Chablais,
  Lavaux, Léman, Jura bernois, Oberland bernois, Engadine
`;

/** Quebec: main municipalities, boroughs, and the administrative regions (MAMH répertoire). */
export const QUEBEC = `
  Terrebonne, Saint-Jean-sur-Richelieu, Repentigny, Brossard, Drummondville, Saint-Jérôme,
  Granby, Blainville, Saint-Hyacinthe, Mirabel, Shawinigan, Dollard-des-Ormeaux, Châteauguay,
  Mascouche, Victoriaville, Saint-Eustache, Rouyn-Noranda, Salaberry-de-Valleyfield,
  Boucherville, Vaudreuil-Dorion, Sorel-Tracy, Val-d'Or, Côte-Saint-Luc, Pointe-Claire,
  Saint-Constant, Boisbriand, Chambly, Sept-Îles, Saint-Bruno-de-Montarville, Magog,
  Thetford Mines, Baie-Comeau, Rivière-du-Loup, Sainte-Julie, Saint-Lambert, Joliette,
  Mont-Saint-Hilaire, Candiac, La Prairie, Lachute, Matane, Sainte-Thérèse, Gaspé,
  Roberval, Dolbeau-Mistassini, Westmount, Mont-Tremblant, Sainte-Agathe-des-Monts,
  Cowansville, Kirkland, Beaconsfield, Baie-Saint-Paul, La Malbaie, Tadoussac,
  Mont-Laurier, Lac-Mégantic, Chibougamau, Kuujjuaq, Kahnawake, Wendake, Mashteuiatsh,
  LaSalle, Anjou, Saint-Léonard, Pierrefonds-Roxboro, Rivière-des-Prairies,
  Parc-Extension, Griffintown, Limoilou, Sainte-Foy, Charlesbourg, Beauport, Jonquière,
  Bas-Saint-Laurent, Saguenay–Lac-Saint-Jean, Capitale-Nationale, Abitibi-Témiscamingue,
  Côte-Nord, Nord-du-Québec, Gaspésie–Îles-de-la-Madeleine, Chaudière-Appalaches, Lanaudière,
  Centre-du-Québec, Lac-Saint-Jean, Îles-de-la-Madeleine, Charlevoix, Beauce, Nunavik,
  Cantons-de-l'Est, Rive-Sud, Rive-Nord
`;

/** French-speaking Africa: regions, provinces and main cities beyond gazetteer-places*.ts. */
export const AFRICA = `
  Diourbel, Fatick, Kaffrine, Kolda, Sédhiou, Tambacounda, Kédougou, Matam, Louga, Rufisque,
  Mbour, Pikine, Guédiawaye, Gagnoa, Divo, Abengourou, Soubré, Odienné, Séguéla, Bondoukou,
  Cocody, Yopougon, Abobo, Treichville, Grand-Bassam, Adjamé, Marcory, Koumassi, Bafoussam,
  Ngaoundéré, Bertoua, Ebolowa, Kribi, Limbé, Buea, Extrême-Nord, Adamaoua, Koudougou,
  Ouahigouya, Banfora, Dori, Djibo, Fada N'Gourma, Tenkodogo, Ménaka, Koulikoro,
  Tahoua, Dosso, Tillabéri, Diffa, Arlit, Abomey, Abomey-Calavi, Djougou, Bohicon,
  Natitingou, Ouidah, Sokodé, Kpalimé, Atakpamé, Dapaong, Oyem, Lambaréné, Dolisie,
  Mbuji-Mayi, Kananga, Kolwezi, Likasi, Matadi, Mbandaka, Butembo, Bunia, Uvira, Kasaï,
  Kasaï-Central, Haut-Katanga, Lualaba, Kwilu, Maniema, Sankuru, Tshopo, Moundou, Sarh,
  Antsirabe, Fianarantsoa, Mahajanga, Toliara, Antsiranana, Nosy Be, Nouadhibou, Butare,
  Gisenyi, Anjouan, Mohéli, Grande Comore, Al Hoceïma, Essaouira, Safi, El Jadida,
  Ouarzazate, Errachidia, Dakhla, Béchar, Biskra, Skikda, Tébessa, Djelfa, Médéa,
  Mostaganem, Chlef, Bordj Bou Arreridj, Ben Arous, La Marsa, Carthage, Tozeur,
  Médenine, Tataouine, Jendouba, Béja, Le Kef, Mahdia, Zaghouan, Siliana
`;
