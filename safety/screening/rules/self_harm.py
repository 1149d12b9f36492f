"""The self harm rules (see safety/screening/rules/__init__.py for the shape and the guards)."""

from safety.screening.rules.common import CEASE, SELF_HARM_OBJECTS, RuleRow

PRECISE: list[RuleRow] = [
    # --- self-harm: always urgent --------------------------------------------------------------
    (
        "self_harm.suicide",
        "self_harm",
        r"\bsuicid\w*"
        r"|\bkill(?:ing)? myself\b(?! (?:to|trying|for|over|at|with|laughing)\b)"
        r"|\bend(?:ing)? (?:my life|it all|my own life|things for good)\b"
        r"|\btake my (?:own )?life\b"
        r"|\b(?:do not|not) want to (?:live|be alive|be here anymore|wake up|exist|go on)\b"
        r"|\bwant(?:ed)? to (?:die|disappear forever|not exist|not be here)\b(?! of\b)"
        r"|\bwish i (?:was|were|could be) dead\b|\bwish i (?:had never been born|would not wake up|could disappear forever)\b"
        r"|\bbetter off (?:dead|without me)\b|\b(?:nobody|no one) would (?:miss|notice) (?:me|if i)\b"
        r"|\bno (?:reason|point) (?:to|in) (?:go on )?(?:live|living|being alive|going on|carry on|carrying on)\b"
        r"|\bnot worth living\b|\bcan not go on\b(?! like)"
        r"|\bsleep and (?:never|not) wake up\b"
        r"|\b(?:hop\w*|wish\w*|want\w*|pray\w*) (?:that )?i (?:would |will |do |did |could )?(?:not|never) wake up\b"
        r"|\bwish i could (?:just )?(?:disappear|vanish|stop existing|not exist|sleep forever|fall asleep forever)\b"
        r"|\bbetter off (?:if i (?:was|were|am|died|was gone|were gone|did not exist)|with me (?:gone|dead))\b"
        r"|\b(?:nobody|no one) would (?:even |ever |really )?(?:miss|notice|care)\b.{0,20}\b(?:gone|dead|died|disappeared|was not here)\b"
        r"|\b(?:tired|sick) of (?:living(?! (?:like|with|in|under|on|from|paycheck|as))|being alive|life itself)\b|\bwhat is the point (?:of|in) (?:living|being alive|going on)\b"
        r"|\b(?:took|take|taking|swallowed) (?:a handful of|all (?:my|the|of my)|a bunch of|a whole (?:bottle|box) of) (?:pills|tablets|meds|sleeping pills|painkillers)\b"
        r"|\b(?:thoughts|thinking|thought) (?:of|about) (?:hurting|harming|killing|ending) (?:myself|my life|it all)\b"
        r"|\b(?:plan|plans|planning|planned) (?:how )?to (?:kill myself|end (?:it|my life|things))\b"
        r"|\bwant (?:it all|everything) to (?:stop|end) for good\b"
        r"|\b(?:do not|not) (?:think i )?(?:want|wish) to (?:be here|be alive|live|keep going|exist)(?: anymore)?\b"
        r"|\b(?:ways|how|methods?) to (?:die|kill myself|end (?:it|my life)|overdose)\b"
        r"|\b(?:drive|driving|drove|crash\w*|steer\w*) (?:the car )?(?:into|off) (?:a |the )?(?:wall|tree|bridge|river|cliff|oncoming|a truck|traffic|road|embankment|lake|motorway|highway|barrier|lorry|truck)\b"
        r"|\b(?:if i (?:died|was gone|were gone|disappeared))\b.{0,30}\b(?:nobody|no one|would not|care|notice|miss|better)\b"
        r"|\b(?:wrote|writing|write|left|leave) (?:a |my )?(?:goodbye |suicide |last )?(?:note|letter|letters)\b.{0,40}\b(?:in case|when i am gone|if i am (?:not here|gone)|goodbye|for after)\b"
        r"|\b(?:giving|gave|give) away my (?:things|stuff|belongings)\b|\bsaying goodbye to (?:everyone|people)\b"
        r"|\b(?:no|not see the|not see any|lost the|is there a|what is the|there is no) point (?:in|of|to) (?:living|life|being alive|being here|going on|waking up|any of it)\b"
        r"|\bwish i (?:was|were|had) (?:not|never) (?:alive|here|born|been born|woken up)\b"
        r"|\b(?:want|wanted|wish|need|needed) to (?:just )?(?:disappear|vanish|not exist|stop existing|not be here|be gone)\b(?! (?:to|into|for|on|somewhere|from|under|behind|in|off)\b)"
        r"|\b(?:done|finished) with (?:life|living|being alive|existing)\b",
        {},
        "thoughts of suicide or not wanting to be alive",
    ),
    (
        "self_harm.hurt_self",
        "self_harm",
        r"\b(?:hurt|harm|cut|cutting|burn|burning|burned) myself\b(?! (?:on|with the|while|cooking|shaving|chopping|slicing|gardening|opening|by accident|accidentally)\b)"
        r"|\bself[- ]?harm\w*"
        r"|\b(?:started|start|been|keep|kept|began|begun) (?:cutting|burning|hurting)(?: myself)?(?: again)?\b(?! (?:back|down|corners|costs|out|the|my|our|ties|it|him|her|them|in|up|class|school|work)\b)"
        r"|\bcutting again\b|\brelaps\w* (?:on|into) (?:cutting|self)"
        r"|\b(?:overdos\w*|take all (?:my|the) pills|hang myself|jump off)\b",
        {},
        "hurting oneself",
    ),
]

BROAD: list[RuleRow] = [
    (
        "self_harm.broad",
        "self_harm",
        r"\bi\b(?: (?!not\b|never\b)\w+){0,4} (?:(?:be dead|die)\b(?! (?:of|laughing|to know|for|tired|inside|on my feet|down|out|off)\b)"
        r"|(?:be gone|not be here)\b(?! (?:of|for|tomorrow|today|tonight|next|this|that|on|from|in|by|when|before|after|till|until|at|over|all|with|most|much|down|out|off)\b))"
        r"|\b(?:not waking up|never waking up|not wake up|kill myself|end it all|ending it all|better off (?:dead|gone)|overdos\w*|"
        r"jump\w* (?:in front of|off (?:a|the) (?:bridge|roof|building|cliff)|from (?:a|the) (?:bridge|roof|building))|"
        r"cut (?:my|myself)(?: \w+)? (?:arms?|wrists?|legs?|thighs?)|(?:enough|how many|saved up|stockpil\w*) (?:of )?(?:my |the )?(?:pills|tablets|meds)|(?:pills|tablets|meds) (?:saved|stockpiled|hidden) (?:up|away))\b"
        r"|\b(?:ending|end) (?:things|everything),? (?:for good|forever|permanently)\b",
        {},
        "first-person words about dying or self-harm",
    ),
]

GENERAL: list[RuleRow] = [
    (
        "self_harm.wish",
        "self_harm",
        r"\b(?:i|just|(?<!not )(?<!never )(?:want|wanted|wanting|need|needed) to|wish i could|wish i would|"
        r"would rather|(?<!not )rather|tempted to|ready to|urge to|"
        r"(?:thinking|thought|think) (?:about|of)(?: how to)?)"
        r"(?: (?!not\b|never\b)\w+){0,3} " + CEASE + r"\b",
        {"negation": False, "third_party": False, "past": False},
        "a wish to die, cease or disappear, said by the writer (guards off: a miss costs more here)",
    ),
    (
        "self_harm.absent",
        "self_harm",
        r"\b(?:better|easier|lighter|happier|calmer|simpler)\b[^\n]{0,25}\b(?:without me|with me (?:gone|dead|out of the way)|"
        r"if i (?:was|were|am) (?:gone|dead|not here|not around)|if i (?:died|disappeared|did not exist))\b"
        r"|\b(?:if|when|once|after) i (?:am|was|were) (?:gone|dead|not here anymore|not around anymore)\b(?! (?:for|on|to|at|from|out)\b)"
        r"|\b(?:i|ill)\b[^\n]{0,30}\bbe (?:around|here|alive) (?:much longer|for (?:much )?longer|for long|much more)\b"
        r"|\bi am (?:just |such |only |nothing but )?a (?:burden|waste of (?:space|air|oxygen))\b"
        r"|\b(?:a burden|waste of space) (?:to|on) (?:everyone|everybody|my family|all of them|the kids|them)\b"
        r"|\b(?:me|i) (?:not existing|not being (?:here|around|alive)|stop existing|no longer existing|being dead)\b"
        r"|\bnothing (?:left )?to live for\b|\bno reason (?:left )?to (?:live|stay alive|keep living|be alive|wake up)\b",
        {"negation": False, "third_party": False, "past": False},
        "the writer imagining the world without them, or calling themself a burden",
    ),
    (
        "self_harm.method",
        "self_harm",
        r"\b(?:take|taking|took|swallow\w*|down|downing) (?:the|a|my) (?:whole|entire) (?:bottle|box|pack|packet|strip|supply)\b"
        r"(?! of (?:wine|vodka|whiskey|whisky|gin|rum|beer|champagne|prosecco|cider|water|juice)\b)"
        r"|\b(?:rope|noose)\b[^\n]{0,50}\b(?:thinking|think|thought|about it|myself|my neck|hang|ready)\b|\bnoose\b"
        r"|\b(?:bridge|ledge|roof|rooftop|edge|cliff|tracks|overpass|platform|balcony|railing)\b[^\n]{0,40}\b(?:looking|staring|stare|look|gazing|peering) (?:down|over)\b"
        r"|\b(?:keep|kept|been|just|always|find myself|caught myself) (?:looking|staring|gazing|peering) (?:down|over) (?:from|off|over) (?:the|a|my|our) "
        r"(?:bridge|ledge|roof|rooftop|edge|cliff|overpass|platform|balcony|railing)\b"
        r"|\b(?:step|stepping|jump|jumping|throw myself|fall|falling) (?:off|in front of|onto|from) (?:the|a) (?:bridge|ledge|roof|platform|train|tracks|cliff|balcony|building|lorry|truck|bus)\b"
        r"|\b(?:hit|hitting|hits|punch\w*|bang\w*|slap\w*|scratch\w*|bite|biting|bit|burn\w*|cut|cutting|starv\w*|pinch\w*|carv\w*|stab\w*) myself\b"
        r"(?! (?:on (?:the|a) (?:oven|stove|pan|iron|kettle|tray|grill)|cooking|shaving|chopping|by accident|accidentally|out|off|short|up)\b)"
        r"|\b(?:cut|cutting|carv\w*|scratch\w*|burn\w*)\b[^\n]{0,20}\bmy (?:arms?|wrists?|legs?|thighs?|skin|stomach|hips?)\b[^\n]{0,30}\b(?:until|till|bleed|so (?:nobody|no one)|to feel)\b"
        r"|\b(?:giv\w*|gave) (?:away )?(?:all )?(?:of )?my (?:things|stuff|belongings|clothes|possessions|pets?)(?: away)\b"
        r"|\b(?:sleeping pills|paracetamol|tylenol|painkillers|my pills|my meds|the pills)\b[^\n]{0,30}\b(?:enough|how many|it would take|to do it|lethal|fatal)\b",
        {"negation": False, "third_party": False, "past": False},
        "method words with the writer: pills by the bottle, a rope, a height, hurting oneself",
    ),
    (
        "self_harm.hopeless_end",
        "self_harm",
        r"\b(?:no way out|only way out|only way (?:this|it|the pain) (?:stops|ends|will stop|will end)|no other way|"
        r"can not (?:do|take|keep) (?:this|it|going) anymore|can not go on|give up on (?:life|everything|living))\b"
        r"(?=[^\n]*\b(?:die|dying|dead|gone|not existing|not exist|not be here|end it|end my|disappear|not wake up|kill myself|myself|me not)\b)",
        {"negation": False, "third_party": False, "past": False},
        "hopelessness joined to an ending in the same sentence",
    ),
    (
        "self_harm.signs",
        "self_harm",
        r"\b(?:my (?:own )?funeral|come to (?:my|the) funeral|at my funeral|my (?:own )?grave)\b"
        r"|\b(?:thinking|thought|think|imagining|dreaming|fantasi[sz]ing|obsessing) (?:about|of) (?:the|my|a) "
        r"(?:razor|blades?|pills|tablets|rope|overdose|crash|tracks|train|edge|drop)\b"
        r"|\b(?:saving|saved|stockpil\w*|hoard\w*|counting|counted|collecting|lined|laid|lining|laying)(?: up| out)? "
        r"(?:\w+ ){0,2}(?:paracetamol|tablets|pills|sleeping pills|painkillers|meds|razors|blades)\b"
        r"|\b(?:paracetamol|tablets|pills|painkillers)\b[^\n]{0,20}\bfrom (?:two|three|four|several|different|multiple) (?:different )?(?:shops|stores|pharmacies|chemists)\b"
        r"|\b(?:looked up|looking up|googled|googling|searched|searching|research\w*) (?:\w+ ){0,3}"
        r"(?:bridge|bridges|building|cliff|overdose|lethal|painless|tallest|highest)\b"
        r"|\bhop\w* (?:that )?i (?:\w+ ){0,3}(?:crash|accident|hit by|killed|die|dead|never wake)\w*"
        r"|\bi deserve (?:to (?:be punished|hurt|suffer|die|feel pain|be in pain|bleed)|the pain|this pain)\b"
        r"|(?:(?<=\n)|(?<![\s\S]))(?![^\n]*\b(?:he|she|they|him|her)\b)[^\n]*?\b(?:till|until|til) (?:it|they|i) (?:bleed|bleeds|bled|bruise|bruises|bruised)\b"
        r"|\b(?:what|something) i (?:might|could|would|will|may) do to myself\b|\bdo something (?:stupid|drastic) to myself\b"
        r"|\b(?:plan|plans|planning|planned|worked out|working out|figured out|figuring out) (?:how|when|where) "
        r"(?:i would|i will|i am going to|i could|to) (?:do it|go through with it|end it)\b"
        r"|\b(?:wrote|written|writing|left) (?:a|my) (?:note|letters?)\b[^\n]{0,30}\b(?:hid|hidden|in case|goodbye|for after|"
        r"for when|under my pillow|in my drawer)\b"
        r"|\b(?:be )?(?:fine|ok|okay|alright|relieved|free)\b[^\n]{0,20}\bwithout me\b"
        r"(?! (?:for|tonight|this|at|on|while|when|till|until|there|today|tomorrow)\b)"
        r"|\bpoint (?:of|in) me (?:being (?:here|alive|around)|living|existing|staying)\b"
        r"|\b(?:no|any) future for me\b|\bwant out of (?:life|this life|living|everything)\b"
        r"|\bwish i (?:would|had|was|were) (?:never|not) (?:been born|born|existed)\b"
        r"|\bbe (?:a )?(?:problem|burden|bother|trouble)(?: (?:for|to) (?:anyone|anybody|you|them|him|her|everyone))? "
        r"(?:much longer|for much longer|for long|anymore)\b",
        {"negation": False, "third_party": False, "past": False},
        "warning signs in the writer's words: a funeral, method words with rumination, pills gathered, a note",
    ),
    (
        "self_harm.net",
        "self_harm",
        r"\b(?:i|me|myself)\b(?: (?!not\b|never\b|he\b|she\b|they\b|him\b|her\b|his\b|their\b|could\b|nearly\b|almost\b)\w+){0,5} "
        r"(?:die|died|dying(?! inside)|dead|death)\b(?! (?:of|laughing|on my feet|tired|wrong|serious|set|end|to|for|battery|ass|meat|eyes|"
        r"silence|heat|quiet|centre|center|last|cold|air|when he|when she)\b)"
        r"|\bmy (?:own )?death\b"
        r"|\b(?:stop|stopped|quit) (?:waking up|breathing|existing|being alive)\b"
        r"|\bcan not (?:do|face|handle|cope with|take) (?:life|living|this life|being alive)\b"
        r"|\b(?:everything|it all|my (?:brain|head|mind|thoughts|life)|i|me)\b (?:\w+ ){0,3}(?:go quiet|stop|end|switch off|go dark|"
        r"go away|sleep|rest|not show up|never show up|not come back|never come back|disappear|vanish)\b[^\n]{0,15}"
        r"\b(?:for good|forever|ever again|permanently)\b"
        r"|\b(?:thought|thinking|think|planned|planning|plan|worked out|know|knowing) (?:about )?(?:how|when|where) "
        r"(?:i would|i will|i could|i am going to) do it\b"
        r"|\b(?:knives|knife|razor|blades?|pills|tablets|rope|bridge|tracks|train|ledge|roof|cliff|gun)\b[^\n]{0,40}"
        r"\b(?:thought about it|thinking about it|think about it|wondered|imagined|i could)\b"
        r"|\b(?:wish|hope|pray) (?:a|the|some|something|someone|somebody) (?:\w+ ){0,2}(?:would|will|could)? ?(?:hit|hits|kill|kills|"
        r"run over|runs over|take|takes) me\b"
        r"|\b(?:thinking|thought|think|dream\w*|imagin\w*) (?:about|of) (?:jumping|stepping off|throwing myself|hanging|drowning|"
        r"overdosing|taking (?:them|it) all|taking all of them)\b(?! (?:ship|in|at|on|into|for|to|back)\b)"
        r"|\b(?:want|going|tempted|ready|about) to (?:just )?(?:take|swallow) (?:all of them|them all|the lot|all of it)\b"
        r"(?! (?:to|out|with|home|back|off|apart)\b)"
        r"|\b(?:stash|supply|hoard) of (?:pills|tablets|meds|painkillers|sleeping pills)\b"
        r"|\b(?:pills|tablets|meds)\b(?: \w+){0,4} for when i\b"
        r"|(?<!he )(?<!she )(?<!they )\b(?:bit\w*|pinch\w*|scratch\w*|punch\w*|burn\w*|cut\w*|claw\w*|dig\w*) (?:into )?my (?:own )?"
        r"(?:arms?|wrists?|legs?|thighs?|skin|hands?|stomach)\b[^\n]{0,30}\b(?:till|until|so i|to feel|bruis\w*|bleed\w*|blood)\b"
        r"|\b(?:nobody|no one|would anyone|anyone)\b (?:\w+ ){0,2}(?:care|notice|miss me)\b[^\n]{0,15}\bif i\b"
        r"|\bi (?:\w+ ){0,3}end it\b(?! (?:with|between|before|now|for (?:us|the kids)|all)\b)"
        r"(?![^\n]*\b(?:with (?:him|her|them)|between us|the relationship|this relationship|our relationship)\b)",
        {"negation": False, "third_party": False, "past": False},
        "a wider net: the writer with death, ending, method or self-injury words (false alarms accepted here)",
    ),
    (
        "self_harm.more",
        "self_harm",
        r"\b(?:picturing|imagining|imagine|picture|thinking about|think about) (?:\w+ ){0,3}finding (?:me|my body)\b"
        r"|\bgarage\b[^\n]{0,40}\bengine running\b|\bhose\b[^\n]{0,20}\bexhaust\b"
        r"|\b(?:counting down|waiting) (?:to|for|until) (?:when|the day) i (?:can )?(?:finally )?(?:stop|go|rest|die|be gone)\b"
        r"|\b(?:have|want|need|wish|just|let) (?:it all|everything) (?:to )?(?:be over|end|stop|go away)\b"
        r"(?! (?:for (?:a|one|just)|soon|now)\b)"
        r"|\b(?:hop\w*|wish\w*|pray\w*) (?:that )?(?:my heart|my breathing|my body) (?:\w+ ){0,2}(?:stops|stop|gives out|give out|fails)\b"
        r"|\bnot (?:scared|afraid|frightened) of (?:dying|death|being dead)\b"
        r"|\b(?:more|extra|double) (?:of )?(?:my |the )?(?:meds|pills|tablets|medication|insulin)\b[^\n]{0,30}"
        r"\b(?:on purpose|than i should|than (?:prescribed|i am meant to|i am supposed to))\b"
        r"|\b(?:like|as if|in case) it (?:was|were|is) the last time\b"
        r"|\b(?:easy|easier) for (?:him|her|them|everyone|the kids) (?:after|afterwards|when i am gone|once i am gone)\b"
        r"|\bmy (?:affairs|things|stuff|paperwork) in order\b|\bwho gets what\b"
        r"|\b(?:not|no longer) being (?:here|around|alive)(?: anymore| at all)?\b(?! (?:for|when|to|on|with|tonight|tomorrow)\b)"
        r"|(?<!never )(?<!not )\b(?:want|need|urge|craving|crave|itching) to (?:cut|burn|hurt|harm|punish)\b(?! (?:back|down|out|off|up|the|a|his|her|him|"
        r"costs|ties|corners|in|through|our|it|them|my (?:hair|hours|losses|spending|fringe|nails))\b)"
        r"|\bif i (?:was|were|am) (?:not )?(?:around|here|alive|in the picture)\b(?! (?:to|for|when|then|more|less|with)\b)"
        r"|\b(?:walk|walking|swim|swimming|wade|wading) (?:into|out into|out to) (?:the )?(?:sea|ocean|river|lake|water|waves)\b"
        r"|(?<!he )(?<!she )\b(?:slam\w*|bang\w*|hit\w*|smash\w*) my (?:head|face) (?:against|into|on) (?:the |a )?(?:wall|floor|door|desk|mirror)\b"
        r"(?=[^\n]*\b(?:until|till|so hard|again|on purpose|over and over)\b)"
        r"|\b(?:tired|sick|exhausted) of (?:fighting|trying|struggling) to (?:stay alive|live|keep going|survive)\b",
        {"negation": False, "third_party": False, "past": False},
        "more warning signs: being found, a running engine, a countdown, meds on purpose, affairs in order",
    ),
    (
        "self_harm.last",
        "self_harm",
        r"\b(?:have|got|get|laid|lined) (?:\w+ ){0,2}(?:pills|tablets|meds|blade|razor|rope) (?:out|ready|lined up|in front of me|next to me)\b"
        r"|\b(?:favou?r|relief|kindness)\b[^\n]{0,30}\b(?:disappear\w*|dying|gone|not being here|if i (?:died|was gone))\b"
        r"|\b(?:disappear\w*|vanish\w*|fad\w* (?:out|away))\b (?:for good|forever|permanently|and never (?:be seen|come back|return))\b"
        r"|\b(?:calm|peace|relief|relieved)\b[^\n]{0,30}\bdecided\b"
        r"|\bmy body\b[^\n]{0,20}\b(?:found|find|finds)\b|\bfind(?:s|ing)? my body\b"
        r"|\bnever (?:be seen|be heard from|come back|wake)\b[^\n]{0,5}\bagain\b"
        r"|\bi (?:\w+ ){0,3}(?:the |a |my )?(?:blade|razor|knife|scissors|glass)\b[^\n]{0,20}\b(?:to|on|against|across|into) my "
        r"(?:wrists?|arms?|skin|throat|neck|thighs?|legs?)\b"
        r"|\b(?:life|living|being alive) (?:is )?(?:not|no longer) worth (?:it|living|the (?:pain|effort))\b"
        r"|\bat peace\b[^\n]{0,20}\b(?:forever|for good|permanently)\b"
        r"|\b(?:swerv\w*|veer\w*|walk\w*|step\w*|run|running|jump\w*|drive|driving|drove|steer\w*) (?:the car )?(?:into|in front of) "
        r"(?:oncoming traffic|traffic|a (?:bus|lorry|truck|train|car))\b"
        r"|\b(?:and|with) me (?:gone|dead|out of the (?:way|picture))\b"
        r"|\b(?:nearly|almost|so close to|came close to) (?:jumped|jumping|did it|doing it|went through with it|took them|taking them|"
        r"overdosed|hanged)\b"
        r"|\bgoodbye\b[^\n]{0,40}\b(?:last time|never see|not see (?:\w+ ){0,2}again)\b"
        r"|\b(?:plan\w*|my) (?:my )?(?:exit|way out)\b(?! (?:from|of) (?:the|this|my|our) (?:marriage|relationship|job|house|flat)\b)"
        r"|\b(?:see|picture|imagine) myself (?:still (?:being )?|being )(?:here|alive|around)\b"
        r"|(?<!he )(?<!she )\b(?:burn\w*|cut\w*|scratch\w*|carv\w*) (?:into )?my (?:arms?|wrists?|legs?|thighs?|skin|stomach)\b"
        r"(?! (?:on|cooking|chopping|shaving|by accident)\b)",
        {"negation": False, "third_party": False, "past": False},
        "still more warning signs: the means laid out, relief at a decision, a body found, a last goodbye",
    ),
    (
        "self_harm.lexicon",
        "self_harm",
        r"(?<!not )(?<!never )\b(?:thinking|thought|thoughts|think|dream\w*|fantasi[sz]\w*|obsess\w*|read\w*|googl\w*|research\w*) (?:about|of|over) "
        r"(?:\w+ ){0,1}"
        + SELF_HARM_OBJECTS
        + r"|(?<!not )(?<!never )\b(?:consider\w*|contemplat\w*|plan(?:s|ned|ning)?(?: on)?|close to|keep|kept|started|been|looking up|"
        r"looked up|urges? to|tempted to|want to|wanted to|going to|ready to|about to|try to|tried to|afraid i will|scared i will|"
        r"scared i might|i might|better off|rather|wish i could|need to) (?:\w+ ){0,1}"
        + SELF_HARM_OBJECTS
        + r"|\b(?:no one|nobody|not one person|not a single person)\b[^\n]{0,20}\b(?:miss|mourn|come to my funeral)(?: me)?\b"
        r"|\bbetter off\b[^\n]{0,30}\bif i (?:just )?(?:stopped|ended it|went away|was not (?:here|around|alive)|"
        r"were not (?:here|around|alive))\b"
        r"|\bbetter off (?:not existing|not being (?:here|around|alive)|not alive|never born|without me)\b"
        r"|\b(?:pills|tablets|blade|razor|rope)\b[^\n]{0,15}\bin my hands?\b|\bholding (?:the|my|a) (?:pills|tablets|blade|razor|rope|noose)\b"
        r"|\bedge of the (?:platform|bridge|roof|cliff|building|tracks)\b(?![^\n]*\b(?:photo|view|selfie|picture|sunset)\b)"
        r"|\bcut (?:deeper|too deep)\b|\b(?:do not|not) want to be (?:anything|anyone|anybody|at all|here at all)\b"
        r"|\bswitch (?:myself|me) off\b",
        {"negation": False, "third_party": False, "past": False},
        "a thought, plan, wish or urge joined to any way of dying, ending or hurting oneself (implied subject allowed)",
    ),
]
