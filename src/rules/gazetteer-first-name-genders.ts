/**
 * The gender of common first names, for telling which person "il" or "elle" may stand for
 * (genders.ts). Written by hand from the first names of entity-words.ts and
 * gazetteer-first-names.ts (INSEE "Fichier des prénoms" and the names francophone news prints),
 * each put with the gender it is given in the vast majority of births. Names given to both
 * ("Claude", "Dominique", "Camille", "Yannick", "Charlie", "Sacha", "Alix") and names whose gender
 * changes with the language ("Michele", "Daniele", "Andrea") are in neither list. Folded (lower
 * case, no accents), as `fold()` gives them. A compound name takes the gender of its first part
 * ("Jean-Marie" is a man's, "Marie-Laure" a woman's), so compounds are not listed.
 */
const words = (s: string): Set<string> => new Set(s.split(/\s+/u).filter((w) => w !== ''));

/** First names given to women. */
export const FEMALE_FIRST_NAMES = words(`
  marie anne sophie claire isabelle catherine nathalie julie laura sarah lea maria ursula
  angela kamala hillary marine nancy elizabeth elisabeth ruth valerie sandrine celine aurelie
  caroline emilie elodie charlotte manon chloe ines juliette louise alice emma jade agnes
  martine monique francoise christine brigitte sylvie helene veronique delphine segolene
  rachida najat florence lorraine lucie adele adrienne agathe albane alexandra alexandrine
  aline amandine amelie anais andree angele angelique annabelle annick annie antoinette
  apolline ariane armelle astrid aude audrey aurore axelle barbara beatrice benedicte
  berangere bernadette blanche capucine carine carole cecile celia chantal christelle
  christiane clara clarisse claudine clemence clementine colette coline corinne cyrielle
  danielle deborah denise diane edith eliane elise elisa eloise elsa emeline emmanuelle
  estelle esther eugenie evelyne fabienne fanny fernande flavie francine frederique gabrielle
  gaelle genevieve georgette geraldine germaine ghislaine gisele gwendoline helena henriette
  hortense huguette ingrid irene iris jacqueline janine jeanne jeannine jessica joelle
  johanna josette josiane julia justine karine laetitia laure laurence leonie liliane lina
  lisa lola lucienne lydie madeleine maelle magali marceline margaux marianne marielle
  marina marion marthe mathilde maud melanie melissa micheline mireille morgane muriel
  myriam nadege nadine naomi nicole noemie oceane odette odile olivia pascale patricia
  paulette pauline philippine rachel raymonde regine renee romane rosalie roselyne sabine
  sabrina salome samantha sandra severine sidonie simone solange solene sonia stephanie
  suzanne sylvaine therese ursule valentine virginie viviane xaviere yolande yvette yvonne
  zoe aicha amina aminata awa fadila fatima fatou fatoumata houria imane kadiatou khadija
  latifa leila mariam mariama nadia naima samia yasmina yasmine yousra zineb yulia ioulia
  olga svetlana natalia tatiana ivanka melania annalena giorgia marylise agnes elisabeth
  emilia victoria ana eva hanna hannah margot marjorie nina nora pamela pascaline rose
  sylvia vanessa violaine yael
`);

/** First names given to men. */
export const MALE_FIRST_NAMES = words(`
  jean pierre paul jacques michel philippe alain nicolas francois olivier thomas julien
  emmanuel donald joe joseph mike michael tom pete peter john james robert david richard
  william mark marc tim timothy bill elon jeff steve kevin brian chris christopher juan carlos
  jose vladimir olaf boris rishi keir eric gerald edouard bruno gabriel thierry laurent
  patrick christophe ken kenneth dan daniel andrew matthew sam samuel alex alexander maurice
  andre louis henri georges bernard gerard frederic stephane sebastien vincent antoine
  guillaume maxime hugo lucas arthur raphael mathieu matthieu benoit yves herve didier pascal
  xavier remi romain damien cedric fabien florian jerome arnaud gilles denis serge sylvain
  clement gaspard bastien quentin anthony jonathan alexis adrien aurelien albert alexandre
  alfred alois amaury anatole armand augustin axel baptiste basile benjamin bertrand brice
  charles christian constantin corentin cyril cyrille edmond edgar elie eliott emile emilien
  enzo etienne eugene fabrice felix ferdinand fernand franck gael gaetan gaston germain
  ghislain gilbert gregoire gregory guy gwenael hadrien honore isidore joachim joel johan
  jules julian killian kylian lambert leon leonard leopold lionel loic lorenzo luc lucien
  ludovic manuel marcel marius mathis matteo maxence nathan norbert oscar patrice raymond
  regis renaud rene robin roger roland theo theophile thibault thibaut timothee tristan
  valentin victor victorien vivien wilfried yann yoann abdel abdelaziz abdelkader abdellah
  abdoulaye abdou ahmed alassane ali amadou amine amir anouar aziz bachir bilal boubacar
  brahim cheick djamel driss farid fouad habib hakim hamid hamza hassan hocine hussein
  ibrahim ibrahima idriss ilyes ismael issa jamal kader karim kamel khaled lamine lotfi
  malik mamadou mehdi mohamed mohammed mokhtar mounir moussa mustapha nabil nasser nordine
  omar ousmane rachid reda riad ridha saad sabri said salah salif salim samir seydou sofiane
  souleymane tarek yacine youssef zakaria alexei anatoli andrei dmitri evgueni igor ivan
  mikhail oleg sergei serguei viktor volodymyr youri benyamin ehud yair yoav naftali moshe
  yitzhak jovenel fritz barack mitch ron bernie jared friedrich mario silvio pedro mariano
  narendra recep emmanuel gabriel jordan hugues jean-luc kassym recep xi sundar satya
  antonio giuseppe francesco luigi marco roberto stefano jorge luis miguel manuel rafael
  hans klaus wolfgang helmut jurgen emmanuel gregor jan lars sven
`);
