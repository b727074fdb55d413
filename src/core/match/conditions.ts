// A condition a question takes as given: a feature already on ("once multi-az is on"), a setup
// already there ("we have aurora with a reader in another az"). Its words describe the
// condition, not the duty asked about, and they make "what happens then" the question.

// "with automatic base image updates turned on, who patches…", "once multi-az is enabled, who
// fails over", "we enabled pitr, who…": a feature the question takes as already on.
const CONDITION = new RegExp(
  [
    "(?:^| )(?:with|once|after|if|when|whenever|since|now that|given|assuming)(?: [a-z0-9]+){1,6}? (?:(?:is|are|s|was|gets|get) on|(?:is |are |s |been |being |was |gets |get )?(?:enabled|turned on|switched on|configured|set up|in place|activated))(?= |$)",
    // "we ticked multi-az": chosen in a console is switched on.
    "(?:^| )(?:we|weve|we ve|we have|we already|we re|were) (?:have )?(?:already )?(?:enabled|turned on|switched on|configured|set up|activated|using|on|ticked|selected|opted for|opted into)(?: [a-z0-9]+){1,4}",
    // "if we enable automatic base image updates, does google patch…".
    "(?:^| )(?:if|once|after|when|now that) (?:we|you|i) (?:enable|turn on|switch on|activate|configure|set up)(?: [a-z0-9]+){1,5}",
    // "once a storage account is grs", "with node os upgrade channel set to nodeimage".
    "(?:^| )(?:once|after|since|now that|with) (?:[a-z0-9]+ ){1,5}(?:is|are|set to|equals|configured as|in) (?:grs|ragrs|gzrs|nodeimage|securitypatch|regional|ha|multi az|zone redundant|auto|automatic)(?= |$)",
    // "with auto minor version upgrade on and…", "zone-redundant ha on, primary…".
    "(?:^| )(?:with )?(?:(?!to |switch |turn |flip )[a-z0-9]+ ){1,5}(?:on|enabled) (?=and |so |but |who |whose |what |do |does |is |are |primary |when |if |that was |that s |thats )",
    // "cloud sql instance configured for high availability: who fails over?".
    "(?:^| )(?:instance|instances|cluster|clusters|server|servers|database|databases|db|dbs|deployment|service) (?:is |are )?(?:configured|set up|enabled|deployed) (?:for|with) (?:ha|high availability|zone redundancy|zone redundant ha|multi az|failover)(?= |$)",
    // "rds primary just died, multi-az cluster": a deployment named by the feature it has.
    "(?:^| )(?:a |an |our |the )?(?:multi az|zone redundant|geo redundant) (?:cluster|clusters|instance|instances|db|dbs|database|databases|server|servers)(?= |$)",
    // "turned on manage master user password for our rds instance. who rotates…": chat that
    // drops the "we".
    "^(?:just |already )?(?:turned|switched) on(?: [a-z0-9]+){1,6}",
    // "we have multi-az turned on for…": the feature named before its switch.
    "(?:^| )(?:we|i) (?:have|ve got|got)(?: [a-z0-9]+){1,4} (?:turned on|switched on|enabled|activated)(?= |$)",
    // "and we have a replica": a standby or replica the question says is there.
    "(?:^| )(?:we|i) (?:have|ve got|got|run) (?:a|an|one|two|three|multiple) (?:[a-z0-9]+ ){0,2}(?:replica|replicas|reader|readers|standby|standbys|secondary)(?= |$)",
    // "we have aurora with one reader in another az": a setup the question describes as there.
    "(?:^| )(?:we|i) (?:have|ve got|run|re running|are running)(?! to)(?: [a-z0-9]+){0,3} (?:with|in|across) (?:a|an|one|two|three|multiple) (?:[a-z0-9]+ ){0,3}(?:replica|replicas|reader|readers|standby|standbys|secondary|zones|azs|regions)(?= |$)",
  ].join("|"),
);

const NEGATION = /(?:^| )(?:not|never|no|isnt|wasnt|arent|werent|dont|didnt|doesnt|without)(?= |$)/;

/**
 * The words of a clause that takes a feature as already on, which describe the condition
 * rather than the duty asked about (so "turn on X" is not what is asked), or undefined.
 */
export function conditionIn(words: readonly string[]): ReadonlySet<number> | undefined {
  const text = words.join(" ");
  const m = CONDITION.exec(text);
  // "pitr was never enabled" says the feature is off: nothing is taken as on.
  if (!m || NEGATION.test(m[0])) return undefined;
  const start = text.slice(0, m.index + (m[0].startsWith(" ") ? 1 : 0)).split(" ").length - 1;
  const length = m[0].trim().split(" ").length;
  return new Set(Array.from({ length }, (_, k) => start + k));
}
