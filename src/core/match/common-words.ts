// Everyday words the spelling corrector must leave alone: "date" is not a typo of "data",
// nor "cost" of "cosmos". Only words outside this list and outside the vocabulary are corrected.
export const COMMON_WORDS = new Set(
  `a about above across act action actually add after again against ago all allowed almost alone
  along already also always am among an and another any anybody anyone anything anyway are area
  around as ask asked at away back bad based be because been before being below best better
  between big bit both bring broke broken but buy by call came can cant case cause change cheap
  check city come company cost costs could country currently data date day days deal decide deploy
  did didnt do does doesnt doing done dont down during each easy either else end enough even every
  everyone everything exactly fact far fast feel few find fine first fix for free from full get
  gets getting give given go goes going gone good got great guess had happen happens handle handled handles hard has have
  having he hear hello help her here hers hey hi him his hold home how however i id if im in into
  is isnt it its itself job jobs just keep kind know last late later least left less let like line list
  little live lives long look lot lots made main make makes making many may maybe me mean means
  might mine more most move much must my myself name near need needs never new next nice no nobody
  none nor not note nothing now of off often ok okay old on once one only onto open or other our
  ours out over own owned owner owners owns part people per person place plan please point pretty price put quick quite
  rather read ready real really rename right run runs said same say says see seem seems set sets
  several shall she should show side since small so some someone something sometimes soon sorry
  start still stuff such sure take taken takes talk team tell than thank thanks that thats the
  their theirs them then there these they thing things think this those though through time to
  today together too took top toward true try turn two under until up upon us use used uses using
  very want wants was way we weather week well went were what whats when where whether which while
  who whole whom whose why will with within without wont word work works world would yeah year yes
  yet you your yours yourself store stored sure safe seattle german translate english say lives
  sitting sit deal onto thing guy guys hmm hm lol pls plz thx ty arent isnt dont doesnt wont cant
  shouldnt wouldnt couldnt didnt hasnt havent wasnt werent theyre youre ive ill thats whats whos
  theres lets aint gonna wanna gotta`
    .split(/\s+/)
    .filter(Boolean),
);
