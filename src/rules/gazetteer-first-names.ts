/**
 * First names for telling a person's name from other capitalised words. Written by hand from the
 * names most given in France since 1946 (INSEE, "Fichier des prénoms", national counts by year),
 * completed with the first names francophone news most often prints from the Maghreb, West and
 * Central Africa, Haiti, the Middle East and Eastern Europe. Folded (lower case, no accents), as
 * `fold()` gives them. Names that are also French common words or adjectives capitalised at a
 * sentence start ("Rose", "Constant", "Victoire", "Prudence", "Aimé", "Désiré"), places ("Sydney",
 * "Victoria") and brands ("Ariel", "Mercedes") are left out: `FIRST_NAMES` in entity-words.ts
 * keeps the few ambiguous ones it had.
 */
export const MORE_FIRST_NAMES = `
  adele adrienne agathe aglae albert alberte albane alexandra alexandre alexandrine alfred
  aline alix alois amandine amaury amelie anais anatole andree angele angelique annabelle
  annick annie antoinette apolline ariane armand armelle arnaud astrid aude audrey augustin
  aurore axel axelle baptiste barbara basile beatrice benedicte benjamin berangere bernadette
  bertrand blanche brice bruno capucine carine carole caroline cecile celestin celia celine
  chantal charles charlie christelle christian christiane christophe clara clarisse claudine
  clemence clementine colette coline constantin corentin corinne cyril cyrielle cyrille
  daniele danielle david deborah denise diane dimitri edith edmond edgar eliane elie elise
  eliott elisa eloise elsa emeline emile emilien emmanuelle enzo estelle esther etienne
  eugene eugenie evelyne fabienne fabrice fanny felix ferdinand fernand fernande flavie
  franck francine frederique gabrielle gael gaelle gaetan gaston genevieve georgette
  geraldine germain germaine ghislain ghislaine gilbert gisele gregoire gregory guy gwenael
  gwendoline hadrien helena helene henriette honore hortense huguette ingrid irene iris
  isidore jacqueline janine jean-baptiste jean-charles jean-christophe jean-daniel
  jean-francois jean-jacques jean-louis jean-luc jean-marie jean-paul jean-philippe
  jean-robert jeanne jeannine jessica joachim joel joelle johanna johan josette josiane
  jules julia julian julien juliette justine karine killian kylian laetitia lambert laure
  laurence leon leonard leonie leopold liliane lina lionel lisa loic lola lorenzo lou
  louise luc lucas lucien lucienne ludovic lydie madeleine maelle magali maggy manuel
  marc-antoine marcel marceline margaux marianne marie-christine marie-claire marie-france
  marie-laure marie-noelle marie-pierre marielle marina marine marion marius marthe
  mathilde mathis matteo maud maxence melanie melissa michele micheline mireille
  morgane muriel myriam nadege nadine naomi nathan nicolas nicole noe noemie norbert
  oceane odette odile olivia oscar pascale patrice patricia paulette pauline philippine
  quentin rachel raymond raymonde regine regis renaud rene renee robin roger roland romane
  rosalie roselyne sabine sabrina salome samantha sandra severine sidonie simone solange
  solene sonia stephanie suzanne sylvain sylvaine tanguy theo theophile therese thibault
  thibaut timothee tristan ursule valentin valentine victor victorien vincente virginie
  viviane vivien wilfried william xaviere yann yannick yoann yolande yvette yvonne zoe
  abdel abdelaziz abdelkader abdellah abdoulaye abdou ahmed aicha alassane ali amadou
  amina aminata amine amir anouar assa awa aziz bachir bilal boubacar brahim cheick
  djamel driss fadila farid fatima fatou fatoumata fouad habib hakim hamid hamza hassan
  hocine houria hussein ibrahim ibrahima idriss ilyes imane ismael issa jamal kader
  kadiatou karim kamel khadija khaled lamine latifa leila lotfi malik mamadou mariam
  mariama mehdi mohamed mohammed mokhtar mounir moussa mustapha nabil nadia naima nasser
  nordine omar ousmane rachid rachida reda riad ridha saad sabri said salah salif salim
  samia samir seydou sofiane souleymane tarek yacine yasmina yasmine youssef yousra zakaria
  zineb
  alexei anatoli andrei boris dmitri evgueni igor ivan mikhail oleg sergei serguei vladimir
  viktor volodymyr youri yulia ioulia olga svetlana natalia tatiana
  benyamin ehud yair yoav naftali moshe yitzhak
  wilson jovenel fritz
  barack joe kamala hillary nancy mitch ron bernie jared ivanka melania
  angela olaf friedrich annalena giorgia matteo mario silvio pedro mariano jose-luis
  narendra recep tayyip
`;
