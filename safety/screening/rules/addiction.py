"""The addiction rules (see safety/screening/rules/__init__.py for the shape and the guards)."""

from safety.screening.rules.common import RuleRow

PRECISE: list[RuleRow] = [
    # --- addiction (the partner's) -------------------------------------------------------------
    (
        "addiction.alcohol",
        "addiction",
        r"\b(?:drinks|drinking|drank|boozing|boozes)\b(?: \w+)?\b(?: (?:too much|every (?:night|day|evening)|all (?:day|night|weekend)|again|heavily|a lot|until|till|himself|herself|themself|in secret|before work|in the morning|each night|most nights|daily|constantly|non-?stop))"
        r"|\b(?:drunk|wasted|hammered|plastered)\b(?: \w+)? (?:again|every (?:night|day)|all the time|most nights|daily|each night|by noon|in the morning|before dinner)\b"
        r"|\b(?:came|comes|got|gets) home (?:drunk|wasted|hammered)\b"
        r"|\b(?:his|her|their|my (?:husband|wife|partner|boyfriend|girlfriend)'s) drinking\b"
        r"|\balcoholic\b|\b(?:alcohol|drinking|booze) (?:problem|issue|addiction)\b|\baddicted to (?:alcohol|booze|drinking)\b"
        r"|\b(?:hides?|hid|hidden|hiding) (?:bottles|alcohol|booze|vodka|wine|beer|cans)\b|\bblack(?:ed|s)? out (?:drunk|again)\b"
        r"|\b(?:a |another )?bottle of (?:wine|vodka|whiskey|whisky|gin|rum) (?:a|every|each) (?:night|day)\b",
        {},
        "the partner's drinking problem",
    ),
    (
        "addiction.drugs",
        "addiction",
        r"\b(?:using|on|doing|taking|snorting|smoking|shooting) (?:drugs|meth|coke|cocaine|heroin|crack|opioids|oxy|pills|fentanyl|ketamine|speed)\b(?! (?:for|from the doctor|prescribed)\b)"
        r"|\b(?:high|stoned) (?:again|all the time|every (?:day|night)|most (?:days|nights)|constantly|at work|in front of the kids)\b"
        r"|\b(?:his|her|their) (?:drug|pill|coke|meth|opioid|weed|cannabis) (?:use|habit|problem|addiction|dealer)\b"
        r"|\baddict\b|\bdrug (?:problem|addiction|habit)\b"
        r"|\baddicted to (?:pills|drugs|painkillers|opioids|coke|cocaine|meth|heroin|weed|crack|ketamine)\b"
        r"|\b(?:is|are|was|started|been|back to|keeps) using (?:again|every day|daily|behind my back)\b"
        r"|\bsmok\w* weed (?:all day|every day|constantly|every night|from morning)\b|\brelaps\w*\b",
        {},
        "the partner's drug use",
    ),
    (
        "addiction.gambling",
        "addiction",
        r"\bgambl\w*\b(?! (?:on (?:a|the|whether|if)|with (?:my|our) (?:heart|feelings)|that|it|a (?:fiver|tenner|quid|few (?:quid|bucks|dollars|pounds)|little|bit))\b)"
        r"|\b(?:betting|bets) (?:app|apps|sites?|account|all|our|the rent|again|every)\b|\bsports betting\b"
        r"|\blost (?:our|the|all|his|her|my) (?:savings|rent|money|paycheck|wages)\b.{0,20}\b(?:on|at|betting|bets|casino|poker|slots|pokies)\b"
        r"|\b(?:casino|pokies|slot machines|slots|poker machines)\b.{0,25}\b(?:every|again|all night|all weekend|instead)\b",
        {},
        "the partner's gambling",
    ),
]

BROAD: list[RuleRow] = [
    (
        "addiction.broad",
        "addiction",
        r"\b(?:blew|blown|lost|spent|gambled) (?:all )?(?:our|the|his|her) (?:savings|money|wages|rent)\b[^\n]{0,25}\b(?:casino|pokies|slots|betting|bets|poker|horses)\b"
        r"|\b(?:can not|could not|never) (?:get through|go) (?:a|one) (?:day|night|evening) without (?:a )?(?:drink|drinking|using|a bet|gambling|getting high)\b",
        {},
        "more ways of describing addiction",
    ),
]

GENERAL: list[RuleRow] = [
    (
        "addiction.general",
        "addiction",
        r"\bpass(?:ed|es|ing)? out drunk\b|\bdrunk (?:before|by) (?:noon|lunch|midday|10|ten|breakfast|eleven)\b"
        r"|\b(?:snort\w*|inject\w*|shoot\w* up|doing lines|popping|smoking) (?:of )?(?:coke|cocaine|crack|meth|heroin|pills|lines|oxy|xanax|ket|ketamine|speed|molly)\b"
        r"|\b(?:from|sees|seeing|uses) (?:two|three|several|different|multiple) doctors\b|\bdoctor shopping\b"
        r"|\bcan not (?:get through|function|go|last) (?:the|a|one) (?:day|morning|night|evening)? ?without (?:his|her|their) (?:pills|fix|drink|drinks|bottle|weed|beer|wine)\b",
        {},
        "the partner's drinking or drug use described by its signs",
    ),
    (
        "addiction.net",
        "addiction",
        r"\bhooked on\b(?! (?:a|the|that|this|his|her)(?: \w+)? (?:show|series|game|games|book|podcast|app|song|band|tv|idea)\b)"
        r"|\b(?:so |too )?(?:high|wasted|drunk|off (?:his|her|their) face) (?:\w+ ){0,3}(?:could not|can not) (?:stand|walk|talk|drive|see)\b"
        r"|\bdrink\w* (?:from|as soon as|the minute|the moment|when) (?:he|she|they) (?:wakes|gets up)\b"
        r"|\bdrink\w* (?:first thing|in the morning|before breakfast)\b|\bcasino\b",
        {},
        "a wider net for the partner's drinking, drugs or gambling",
    ),
    (
        "addiction.more",
        "addiction",
        r"\b(?:crate|case|slab|box) of (?:beer|lager|wine|cans)\b(?=[^\n]*\b(?:every|a night|a day|each)\b)"
        r"|\bon the (?:bottle|booze|sauce|gear)\b"
        r"|\b(?:slots|fruit machines|pokies|bookies|scratchcards)\b"
        r"|\b(?:smok\w*|doing|takes?|taking|uses?|using) (?:crack|meth|heroin|coke|cocaine|ket|spice)\b"
        r"|\b(?:a few|some|couple of) lines\b",
        {},
        "more signs of the partner's addiction",
    ),
    (
        "addiction.last",
        "addiction",
        r"\bbets?\b (?:the|our|his|her|all|the whole) (?:\w+ )?(?:paycheck|paycheque|wages|rent|savings|money)\b"
        r"|\bdrink\w* (?:in the car|before (?:driving|picking up|work|the school run))\b"
        r"|\bbuys? (?:\w+ ){0,2}(?:off|from) (?:a guy|a dealer|someone|some guy)\b|\b(?:oxy|xanax|benzos|fentanyl)\b",
        {},
        "the partner's addiction in still other words",
    ),
    (
        "addiction.lexicon",
        "addiction",
        r"\bslot machines\b|\baddicted to (?:the )?(?:slots|pokies|casino|betting|gambling|booze|drink|pills|porn|poker)\b",
        {},
        "addiction named by what it is to",
    ),
]
